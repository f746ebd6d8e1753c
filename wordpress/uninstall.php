<?php
/**
 * Removes the plugin's one option when the plugin is deleted, on every site of a network.
 *
 * @package OnlineSafetyHelp
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	$online_safety_help_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $online_safety_help_sites as $online_safety_help_site ) {
		switch_to_blog( $online_safety_help_site );
		delete_option( 'online_safety_help' );
		restore_current_blog();
	}
} else {
	delete_option( 'online_safety_help' );
}
