<?php
/**
 * Plugin Name:       Online Safety Help
 * Description:       Guidance for parents on online grooming, and a help bar that stays on screen: where to report, who to talk to, the emergency number, for readers in the UK, Ireland, the US, Canada, Australia, New Zealand or elsewhere. A block, a shortcode and an optional help bar on every page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       online-safety-help
 *
 * @package OnlineSafetyHelp
 */

defined( 'ABSPATH' ) || exit;

const ONLINE_SAFETY_HELP_VERSION = '0.1.0';
const ONLINE_SAFETY_HELP_FILE    = __FILE__;

require_once __DIR__ . '/includes/values.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * Block attribute names (block.json) and the settings they give, by the element's attribute
 * names; fallback-region is the plugin's own (the links the server prints for region auto).
 */
const ONLINE_SAFETY_HELP_BLOCK_ATTRIBUTES = array(
	'headingLevel'   => 'heading-level',
	'sections'       => 'sections',
	'open'           => 'open',
	'bar'            => 'bar',
	'theme'          => 'theme',
	'audience'       => 'audience',
	'region'         => 'region',
	'fallbackRegion' => 'fallback-region',
	'quickExit'      => 'quick-exit',
	'contactLabel'   => 'contact-label',
	'contactHref'    => 'contact-href',
);

/** Registers the block (from block/block.json, rendered by block/render.php) and the shortcode. */
function online_safety_help_register() {
	wp_register_script(
		'online-safety-help-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		ONLINE_SAFETY_HELP_VERSION,
		true
	);
	wp_set_script_translations( 'online-safety-help-editor', 'online-safety-help' );
	register_block_type( __DIR__ . '/block' );
	add_shortcode( 'online_safety_help', 'online_safety_help_shortcode' );
}
add_action( 'init', 'online_safety_help_register' );

/**
 * The block's attributes as raw settings, by element attribute name.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return array<string, mixed>
 */
function online_safety_help_block_settings( array $attributes ) {
	$raw = array();
	foreach ( ONLINE_SAFETY_HELP_BLOCK_ATTRIBUTES as $block => $element ) {
		if ( array_key_exists( $block, $attributes ) ) {
			$raw[ $element ] = $attributes[ $block ];
		}
	}
	return $raw;
}

/**
 * [online_safety_help]: the same settings as the block, as attributes written like the
 * element's own (heading-level="3") or with underscores (heading_level="3").
 *
 * @param array<string|int, string>|string $atts Attributes; '' when there are none.
 * @return string
 */
function online_safety_help_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_string( $key ) ) {
			$given[ str_replace( '-', '_', strtolower( $key ) ) ] = $value;
		}
	}
	$defaults = array();
	foreach ( ONLINE_SAFETY_HELP_BLOCK_ATTRIBUTES as $element ) {
		$defaults[ str_replace( '-', '_', $element ) ] = null;
	}
	$raw = array();
	foreach ( shortcode_atts( $defaults, $given, 'online_safety_help' ) as $key => $value ) {
		if ( null !== $value ) {
			$raw[ str_replace( '_', '-', $key ) ] = $value;
		}
	}
	return online_safety_help_render( $raw );
}

/** Loads the script on every page when the site-wide bar is on. */
function online_safety_help_enqueue_sitewide() {
	if ( online_safety_help_options()['sitewide'] ) {
		wp_enqueue_script( ONLINE_SAFETY_HELP_SCRIPT );
	}
}
add_action( 'wp_enqueue_scripts', 'online_safety_help_enqueue_sitewide' );

/**
 * The site-wide help bar: the element with no guidance, pinned. Left out of a page that has
 * rendered the block or shortcode, which shows its own bar with the site's contact, so that the
 * reader gets one help bar.
 */
function online_safety_help_print_sitewide() {
	$site = online_safety_help_options();
	if ( ! $site['sitewide'] || online_safety_help_rendered() ) {
		return;
	}
	$widget = array(
		'attributes'      => array(
			'sections' => 'none',
			'bar'      => 'fixed',
		) + $site['attributes'],
		'contact'         => $site['contact'],
		'fallback_region' => $site['fallback_region'],
	);
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every part is escaped by online_safety_help_element().
	echo online_safety_help_element( $widget );
}
add_action( 'wp_footer', 'online_safety_help_print_sitewide', 5 );

/**
 * What the block's settings offer: the sections, and the regions with their names (for the
 * fallback region, those with links of their own).
 *
 * @return array{sections: array<int, array<string, string>>, regions: array<int, array{value: string, label: string}>, fallbackRegions: array<int, array{value: string, label: string}>}
 */
function online_safety_help_editor_data() {
	$data    = online_safety_help_data();
	$options = array();
	foreach ( $data['regions'] as $value => $label ) {
		$options[] = array(
			'value' => $value,
			'label' => $label,
		);
	}
	$links = online_safety_help_link_regions();
	return array(
		'sections'        => $data['sections'],
		'regions'         => $options,
		'fallbackRegions' => array_values(
			array_filter(
				$options,
				function ( $option ) use ( $links ) {
					return in_array( $option['value'], $links, true );
				}
			)
		),
	);
}

/**
 * In the block editor: the bundle, so that the block's preview is the live element, and the
 * section names for the block's settings.
 */
function online_safety_help_editor_assets() {
	wp_enqueue_script( ONLINE_SAFETY_HELP_SCRIPT );
	wp_add_inline_script(
		'online-safety-help-editor',
		'window.onlineSafetyHelpEditor = ' . wp_json_encode( online_safety_help_editor_data() ) . ';',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'online_safety_help_editor_assets' );
