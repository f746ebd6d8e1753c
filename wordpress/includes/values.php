<?php
/**
 * The accepted values of every setting, and the functions that reduce any input (block
 * attributes, shortcode attributes, the settings form) to them. Nothing reaches the page
 * without passing through here.
 *
 * @package OnlineSafetyHelp
 */

defined( 'ABSPATH' ) || exit;

/** Longest text read from any one value; anything longer is cut before it is parsed. */
const ONLINE_SAFETY_HELP_MAX_INPUT = 2048;

/** Longest label kept for a host contact, in characters. */
const ONLINE_SAFETY_HELP_MAX_LABEL = 80;

/** Most quick-exit addresses kept. */
const ONLINE_SAFETY_HELP_MAX_EXITS = 5;

/** Address schemes a contact link may use: never javascript:, data: or a relative address. */
const ONLINE_SAFETY_HELP_SCHEMES = array( 'https', 'tel', 'mailto', 'sms' );

/**
 * Facts generated at build time from the widget's own modules: the accepted values of the
 * one-word settings, the names of the regions, the fallback links of each region and audience,
 * and the sections.
 *
 * @return array{choices: array<string, string[]>, aliases: array<string, array<string, string>>, regions: array<string, string>, fallback: array<string, array<string, array<int, array{id: string, text: string, href: string}>>>, sections: array<int, array<string, string>>}
 */
function online_safety_help_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require __DIR__ . '/data.php';
	}
	return $data;
}

/**
 * The accepted values of the settings that take one word (audience, region, bar, theme), the
 * first being the default: the widget's own, from data.php.
 *
 * @return array<string, string[]>
 */
function online_safety_help_choices() {
	return online_safety_help_data()['choices'];
}

/**
 * The regions that have links of their own: every region setting but auto.
 *
 * @return string[]
 */
function online_safety_help_link_regions() {
	return array_keys( online_safety_help_data()['fallback'] );
}

/**
 * The section ids, in the guidance's order.
 *
 * @return string[]
 */
function online_safety_help_section_ids() {
	return array_column( online_safety_help_data()['sections'], 'id' );
}

/**
 * Any value as a string: text and numbers as they are, a list as its string items joined by
 * spaces, anything else as ''. A value longer than ONLINE_SAFETY_HELP_MAX_INPUT is not valid,
 * and is '' too: cutting it could turn it into a different address.
 *
 * @param mixed $value Input of any type.
 * @return string
 */
function online_safety_help_text( $value ) {
	if ( is_array( $value ) ) {
		$value = implode( ' ', array_filter( $value, 'is_string' ) );
	} elseif ( is_int( $value ) ) {
		$value = (string) $value;
	} elseif ( ! is_string( $value ) ) {
		$value = '';
	}
	$value = trim( $value );
	return strlen( $value ) > ONLINE_SAFETY_HELP_MAX_INPUT ? '' : $value;
}

/**
 * Heading level 1 to 6, or null when the value is not one.
 *
 * @param mixed $value Input.
 * @return int|null
 */
function online_safety_help_clean_level( $value ) {
	$text = online_safety_help_text( $value );
	return preg_match( '/^[1-6]$/', $text ) ? (int) $text : null;
}

/**
 * One of the accepted words for a setting, or null. Case does not matter, and another spelling
 * the widget reads (region "uk") is read as the value it names.
 *
 * @param mixed  $value Input.
 * @param string $name  'audience', 'region', 'bar' or 'theme'.
 * @return string|null
 */
function online_safety_help_clean_choice( $value, $name ) {
	$text    = strtolower( online_safety_help_text( $value ) );
	$aliases = online_safety_help_data()['aliases'];
	if ( isset( $aliases[ $name ][ $text ] ) ) {
		$text = $aliases[ $name ][ $text ];
	}
	return in_array( $text, online_safety_help_choices()[ $name ], true ) ? $text : null;
}

/**
 * A region with links of its own (any region but auto), or null.
 *
 * @param mixed $value Input.
 * @return string|null
 */
function online_safety_help_clean_link_region( $value ) {
	$region = online_safety_help_clean_choice( $value, 'region' );
	return in_array( $region, online_safety_help_link_regions(), true ) ? $region : null;
}

/**
 * A list of section ids: the keyword alone ('none' for sections, 'all' for open), or the known
 * ids given, in the guidance's order, space-separated. Unknown ids are dropped; null when none
 * is left. An empty list given as an array means none (the block's "no section shown").
 *
 * @param mixed  $value   Input: space-separated text or a list of ids.
 * @param string $keyword 'none' or 'all'.
 * @return string|null
 */
function online_safety_help_clean_ids( $value, $keyword ) {
	if ( array() === $value ) {
		return 'none' === $keyword ? 'none' : null;
	}
	$tokens = preg_split( '/\s+/', strtolower( online_safety_help_text( $value ) ), -1, PREG_SPLIT_NO_EMPTY );
	if ( array( $keyword ) === $tokens ) {
		return $keyword;
	}
	$ids = array_values( array_intersect( online_safety_help_section_ids(), $tokens ) );
	return $ids ? implode( ' ', $ids ) : null;
}

/**
 * An https: address of a page on the web (scheme and host, no spaces or quotes), or null.
 *
 * @param string $url Candidate.
 * @return string|null
 */
function online_safety_help_clean_https( $url ) {
	if ( ! preg_match( '#^https://[a-z0-9.-]+(?::[0-9]{1,5})?(?:[/?\#][^\s"\'<>`\\\\]*)?$#i', $url ) ) {
		return null;
	}
	$clean = esc_url_raw( $url, array( 'https' ) );
	return '' === $clean ? null : $clean;
}

/**
 * The quick exit: 'off', 'on', or up to five https: addresses of safe pages; null otherwise.
 * Addresses that are not https: are dropped.
 *
 * @param mixed $value Input.
 * @return string|null
 */
function online_safety_help_clean_quick_exit( $value ) {
	$tokens = preg_split( '/\s+/', online_safety_help_text( $value ), -1, PREG_SPLIT_NO_EMPTY );
	if ( 1 === count( $tokens ) && in_array( strtolower( $tokens[0] ), array( 'off', 'on' ), true ) ) {
		return strtolower( $tokens[0] );
	}
	$urls = array_filter( array_map( 'online_safety_help_clean_https', $tokens ) );
	$urls = array_slice( array_values( array_unique( $urls ) ), 0, ONLINE_SAFETY_HELP_MAX_EXITS );
	return $urls ? implode( ' ', $urls ) : null;
}

/**
 * A contact address allowed in the help bar, or '' when it is not allowed: https: with a host,
 * tel: or sms: with a number (spaces, which people type between digits, are removed), or mailto:
 * with an address. Never javascript:, data:, http: or a relative address.
 *
 * @param mixed $value Input.
 * @return string
 */
function online_safety_help_clean_href( $value ) {
	$href = online_safety_help_text( $value );
	if ( preg_match( '/^(tel|sms):/i', $href ) ) {
		$href = preg_replace( '/\s+/', '', $href );
	}
	$patterns = array(
		'/^https:\/\//i',
		'/^tel:\+?[0-9][0-9().-]{1,31}$/i',
		'/^sms:\+?[0-9][0-9().-]{1,31}(?:\?body=[^\s"\'<>`]*)?$/i',
		'/^mailto:[^\s@"\'<>`]+@[^\s@"\'<>`]+(?:\?[^\s"\'<>`]*)?$/i',
	);
	foreach ( $patterns as $index => $pattern ) {
		if ( preg_match( $pattern, $href ) ) {
			$clean = 0 === $index ? online_safety_help_clean_https( $href ) : esc_url_raw( $href, ONLINE_SAFETY_HELP_SCHEMES );
			return null === $clean ? '' : $clean;
		}
	}
	return '';
}

/**
 * A contact's visible label: plain text on one line, cut to at most 80 characters.
 *
 * @param mixed $value Input.
 * @return string
 */
function online_safety_help_clean_label( $value ) {
	$label = is_string( $value ) ? mb_substr( $value, 0, ONLINE_SAFETY_HELP_MAX_INPUT ) : '';
	return trim( wp_html_excerpt( sanitize_text_field( $label ), ONLINE_SAFETY_HELP_MAX_LABEL ) );
}

/**
 * Every setting of one widget, from raw input, as the element's attributes (only the valid ones,
 * by attribute name), its host contact, and the region whose fallback links the server prints:
 * the region's own, or for auto the fallback region (the default region when it is not valid).
 *
 * @param array<string, mixed> $raw Keys: heading-level, sections, open, bar, theme, audience,
 *                                  region, fallback-region, quick-exit, contact-label, contact-href.
 * @return array{attributes: array<string, string>, contact: array{label: string, href: string}|null, fallback_region: string}
 */
function online_safety_help_clean( array $raw ) {
	$get        = function ( $key ) use ( $raw ) {
		return array_key_exists( $key, $raw ) ? $raw[ $key ] : null;
	};
	$level      = online_safety_help_clean_level( $get( 'heading-level' ) );
	$attributes = array(
		'heading-level' => null === $level ? null : (string) $level,
		'sections'      => online_safety_help_clean_ids( $get( 'sections' ), 'none' ),
		'open'          => online_safety_help_clean_ids( $get( 'open' ), 'all' ),
		'bar'           => online_safety_help_clean_choice( $get( 'bar' ), 'bar' ),
		'theme'         => online_safety_help_clean_choice( $get( 'theme' ), 'theme' ),
		'audience'      => online_safety_help_clean_choice( $get( 'audience' ), 'audience' ),
		'region'        => online_safety_help_clean_choice( $get( 'region' ), 'region' ),
		'quick-exit'    => online_safety_help_clean_quick_exit( $get( 'quick-exit' ) ),
	);
	$region     = 'auto' === $attributes['region']
		? online_safety_help_clean_link_region( $get( 'fallback-region' ) )
		: $attributes['region'];
	$label      = online_safety_help_clean_label( $get( 'contact-label' ) );
	$href       = online_safety_help_clean_href( $get( 'contact-href' ) );
	return array(
		'attributes'      => array_filter(
			$attributes,
			function ( $value ) {
				return null !== $value;
			}
		),
		'contact'         => ( '' !== $label && '' !== $href ) ? array(
			'label' => $label,
			'href'  => $href,
		) : null,
		'fallback_region' => null === $region ? online_safety_help_choices()['region'][0] : $region,
	);
}
