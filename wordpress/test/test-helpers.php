<?php
/**
 * Must-use plugin of the WordPress tests only (never in the plugin's zip):
 * - `?osh-csp=1` on a front-end page sends a strict Content-Security-Policy (scripts from the
 *   site only, no inline script), to show that the widget needs no more;
 * - `?osh-nonce=<action>` prints a nonce for the signed-in user, so that a test can post a form
 *   the way a user who found a valid nonce could, and see the capability check refuse it.
 *
 * @package OnlineSafetyHelp
 */

add_action(
	'send_headers',
	function () {
		if ( isset( $_GET['osh-csp'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
			header( "Content-Security-Policy: script-src 'self' 'report-sample'; object-src 'none'; base-uri 'none'" );
		}
	}
);

add_action(
	'init',
	function () {
		if ( isset( $_GET['osh-nonce'] ) && is_user_logged_in() ) { // phpcs:ignore WordPress.Security.NonceVerification
			header( 'Content-Type: text/plain' );
			echo esc_html( wp_create_nonce( sanitize_key( wp_unslash( $_GET['osh-nonce'] ) ) ) ); // phpcs:ignore WordPress.Security.NonceVerification
			exit;
		}
	}
);
