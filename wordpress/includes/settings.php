<?php
/**
 * Settings → Online safety help: the site-wide help bar and the site's own contact, through the
 * Settings API (its nonce and capability check) with every field sanitised to its accepted values.
 *
 * @package OnlineSafetyHelp
 */

defined( 'ABSPATH' ) || exit;

/** The one option the plugin stores; uninstall.php deletes it. */
const ONLINE_SAFETY_HELP_OPTION = 'online_safety_help';

/** The settings page's slug, also its Settings API group. */
const ONLINE_SAFETY_HELP_PAGE = 'online-safety-help';

/**
 * The stored settings as the form shows them, every field valid.
 *
 * @return array{sitewide: bool, contact_label: string, contact_href: string, theme: string, audience: string, region: string, fallback_region: string, quick_exit: string}
 */
function online_safety_help_stored() {
	$stored = get_option( ONLINE_SAFETY_HELP_OPTION, array() );
	return online_safety_help_sanitize_settings( is_array( $stored ) ? $stored : array(), false );
}

/**
 * The site-wide settings as the element needs them.
 *
 * @return array{sitewide: bool, contact: array{label: string, href: string}|null, attributes: array<string, string>, fallback_region: string}
 */
function online_safety_help_options() {
	$stored = online_safety_help_stored();
	$widget = online_safety_help_clean(
		array(
			'theme'           => $stored['theme'],
			'audience'        => $stored['audience'],
			'region'          => $stored['region'],
			'fallback-region' => $stored['fallback_region'],
			'quick-exit'      => $stored['quick_exit'],
			'contact-label'   => $stored['contact_label'],
			'contact-href'    => $stored['contact_href'],
		)
	);
	return array(
		'sitewide'        => $stored['sitewide'],
		'contact'         => $widget['contact'],
		'attributes'      => $widget['attributes'],
		'fallback_region' => $widget['fallback_region'],
	);
}

/**
 * Reduces the form's input (or a stored value) to valid settings. A contact address that is not
 * allowed is dropped with a message on the form, never stored.
 *
 * @param mixed $input  The posted option.
 * @param bool  $notify Whether to report dropped values on the settings page.
 * @return array{sitewide: bool, contact_label: string, contact_href: string, theme: string, audience: string, region: string, fallback_region: string, quick_exit: string}
 */
function online_safety_help_sanitize_settings( $input, $notify = true ) {
	$input = is_array( $input ) ? $input : array();
	$field = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) ? $input[ $key ] : '';
	};
	$href  = online_safety_help_clean_href( $field( 'contact_href' ) );
	// WordPress runs this twice when the option is first saved: one message is enough.
	static $notified = false;
	if ( $notify && ! $notified && '' === $href && '' !== online_safety_help_text( $field( 'contact_href' ) ) ) {
		$notified = true;
		add_settings_error(
			ONLINE_SAFETY_HELP_OPTION,
			'contact_href',
			__( 'The contact address was not saved: it must start with https:, tel:, mailto: or sms: and be a complete address.', 'online-safety-help' )
		);
	}
	$exit_mode = online_safety_help_clean_quick_exit( $field( 'quick_exit' ) );
	$pages     = online_safety_help_clean_quick_exit( $field( 'quick_exit_pages' ) );
	if ( 'on' === $exit_mode && $pages && ! in_array( $pages, array( 'on', 'off' ), true ) ) {
		$exit_mode = $pages;
	}
	// The bar's own settings, each its default when not valid; the bar itself is always pinned.
	$choices = array();
	foreach ( array( 'theme', 'audience', 'region' ) as $name ) {
		$choice           = online_safety_help_clean_choice( $field( $name ), $name );
		$choices[ $name ] = $choice ? $choice : online_safety_help_choices()[ $name ][0];
	}
	$fallback = online_safety_help_clean_link_region( $field( 'fallback_region' ) );
	return array(
		'sitewide'        => ! empty( $input['sitewide'] ) && '0' !== $input['sitewide'],
		'contact_label'   => online_safety_help_clean_label( $field( 'contact_label' ) ),
		'contact_href'    => $href,
		'theme'           => $choices['theme'],
		'audience'        => $choices['audience'],
		'region'          => $choices['region'],
		'fallback_region' => $fallback ? $fallback : online_safety_help_choices()['region'][0],
		'quick_exit'      => $exit_mode ? $exit_mode : '',
	);
}

/** Registers the option and the form's fields. */
function online_safety_help_register_settings() {
	register_setting(
		ONLINE_SAFETY_HELP_PAGE,
		ONLINE_SAFETY_HELP_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'online_safety_help_sanitize_settings',
			'show_in_rest'      => false,
			'default'           => array(),
		)
	);
	add_settings_section( 'bar', __( 'Help bar on every page', 'online-safety-help' ), 'online_safety_help_section_text', ONLINE_SAFETY_HELP_PAGE );
	$fields = array(
		'sitewide'        => __( 'Show the help bar', 'online-safety-help' ),
		'contact_label'   => __( 'Your contact: label', 'online-safety-help' ),
		'contact_href'    => __( 'Your contact: address', 'online-safety-help' ),
		'audience'        => __( 'Readers', 'online-safety-help' ),
		'region'          => __( "Readers' country", 'online-safety-help' ),
		'fallback_region' => __( 'Links without JavaScript', 'online-safety-help' ),
		'theme'           => __( 'Colours', 'online-safety-help' ),
		'quick_exit'      => __( 'Quick exit', 'online-safety-help' ),
	);
	foreach ( $fields as $key => $title ) {
		add_settings_field(
			$key,
			$title,
			'online_safety_help_field',
			ONLINE_SAFETY_HELP_PAGE,
			'bar',
			array(
				'key'       => $key,
				'label_for' => 'online-safety-help-' . str_replace( '_', '-', $key ),
			)
		);
	}
}
add_action( 'admin_init', 'online_safety_help_register_settings' );

/** The section's introduction. */
function online_safety_help_section_text() {
	echo '<p>' . esc_html__( "Shows the help bar (where to report, who to talk to and the emergency number, for the readers' country, and your own contact) pinned to the bottom of every page of the site. A page that holds the Online safety help block or shortcode shows that one instead, with this contact when it has none of its own, so readers see one help bar.", 'online-safety-help' ) . '</p>';
}

/**
 * Prints one field of the form; every value is escaped for its attribute.
 *
 * @param array{key: string, label_for: string} $args Which field.
 */
function online_safety_help_field( array $args ) {
	$stored = online_safety_help_stored();
	$key    = $args['key'];
	$id     = $args['label_for'];
	$name   = ONLINE_SAFETY_HELP_OPTION . '[' . $key . ']';
	switch ( $key ) {
		case 'sitewide':
			printf(
				'<input type="hidden" name="%2$s" value="0"><label><input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s> %4$s</label>',
				esc_attr( $id ),
				esc_attr( $name ),
				checked( $stored['sitewide'], true, false ),
				esc_html__( 'on every page of the site', 'online-safety-help' )
			);
			break;
		case 'contact_label':
		case 'contact_href':
			$describe = 'contact_label' === $key
				? __( 'What the link says, for example "Email our safeguarding lead". At most 80 characters.', 'online-safety-help' )
				: __( 'Where it leads: an address starting with https:, tel:, mailto: or sms:, for example mailto:safeguarding@school.example.', 'online-safety-help' );
			printf(
				'<input type="text" class="regular-text" id="%1$s" name="%2$s" value="%3$s" aria-describedby="%1$s-description"><p class="description" id="%1$s-description">%4$s</p>',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $stored[ $key ] ),
				esc_html( $describe )
			);
			break;
		case 'audience':
		case 'theme':
			$labels = 'audience' === $key
				? array(
					'parents'      => __( 'Parents and carers', 'online-safety-help' ),
					'young-people' => __( 'Young people', 'online-safety-help' ),
				)
				: array(
					'auto'  => __( "Follow the reader's setting", 'online-safety-help' ),
					'light' => __( 'Light', 'online-safety-help' ),
					'dark'  => __( 'Dark', 'online-safety-help' ),
				);
			online_safety_help_select( $id, $name, $labels, $stored[ $key ] );
			break;
		case 'region':
			online_safety_help_select(
				$id,
				$name,
				online_safety_help_data()['regions'],
				$stored['region'],
				__( "The help bar's contacts are this country's. With \"Where the reader is\", each reader's browser picks their country from the device's time zone, on the device: nothing is sent anywhere.", 'online-safety-help' )
			);
			break;
		case 'fallback_region':
			// Shown only while the region is auto (the page's style, online_safety_help_settings_style()).
			online_safety_help_select(
				$id,
				$name,
				array_intersect_key( online_safety_help_data()['regions'], array_flip( online_safety_help_link_regions() ) ),
				$stored['fallback_region'],
				__( "For \"Where the reader is\": before the page has loaded, and for readers whose browser never runs its script, the page's HTML holds this country's contacts as plain links. The help bar then shows the reader's own country.", 'online-safety-help' )
			);
			break;
		case 'quick_exit':
			$mode = in_array( $stored['quick_exit'], array( '', 'off' ), true ) ? $stored['quick_exit'] : 'on';
			online_safety_help_select(
				$id,
				$name,
				array(
					''    => __( 'Default: on for young people only', 'online-safety-help' ),
					'off' => __( 'Off', 'online-safety-help' ),
					'on'  => __( 'On', 'online-safety-help' ),
				),
				$mode
			);
			printf(
				'<p><label for="%1$s-pages">%2$s</label><br><input type="text" class="large-text" id="%1$s-pages" name="%3$s" value="%4$s" aria-describedby="%1$s-pages-description"></p><p class="description" id="%1$s-pages-description">%5$s</p>',
				esc_attr( $id ),
				esc_html__( 'Safe pages (optional)', 'online-safety-help' ),
				esc_attr( ONLINE_SAFETY_HELP_OPTION . '[quick_exit_pages]' ),
				esc_attr( in_array( $stored['quick_exit'], array( '', 'off', 'on' ), true ) ? '' : $stored['quick_exit'] ),
				esc_html__( 'Where the quick exit leads when it is on: one or more https: addresses separated by spaces, one picked at random each time. Empty: a weather page.', 'online-safety-help' )
			);
			break;
	}
}

/**
 * Prints a select with its options, the stored one selected, and its description if any.
 *
 * @param string                $id          Field id.
 * @param string                $name        Field name.
 * @param array<string, string> $labels      Option value => label.
 * @param string                $selected    Stored value.
 * @param string                $description What the field does; '' for none.
 */
function online_safety_help_select( $id, $name, array $labels, $selected, $description = '' ) {
	printf(
		'<select id="%1$s" name="%2$s"%3$s>',
		esc_attr( $id ),
		esc_attr( $name ),
		'' === $description ? '' : sprintf( ' aria-describedby="%s-description"', esc_attr( $id ) )
	);
	foreach ( $labels as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $selected, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	if ( '' !== $description ) {
		printf( '<p class="description" id="%s-description">%s</p>', esc_attr( $id ), esc_html( $description ) );
	}
}

/**
 * The settings page's one rule of style: the fallback region's row is shown only while the
 * region chosen is auto. Without :has() (older browsers), the row is always shown; its
 * description says when it applies.
 *
 * @param string $hook The admin page's hook suffix.
 */
function online_safety_help_settings_style( $hook ) {
	if ( 'settings_page_' . ONLINE_SAFETY_HELP_PAGE !== $hook ) {
		return;
	}
	wp_register_style( 'online-safety-help-settings', false, array(), ONLINE_SAFETY_HELP_VERSION );
	wp_enqueue_style( 'online-safety-help-settings' );
	wp_add_inline_style(
		'online-safety-help-settings',
		'.form-table:not(:has(#online-safety-help-region option[value="auto"]:checked)) tr:has(#online-safety-help-fallback-region) { display: none; }'
	);
}
add_action( 'admin_enqueue_scripts', 'online_safety_help_settings_style' );

/** Adds the page under Settings, for administrators only. */
function online_safety_help_add_page() {
	add_options_page(
		__( 'Online safety help', 'online-safety-help' ),
		__( 'Online safety help', 'online-safety-help' ),
		'manage_options',
		ONLINE_SAFETY_HELP_PAGE,
		'online_safety_help_render_page'
	);
}
add_action( 'admin_menu', 'online_safety_help_add_page' );

/** The settings page. */
function online_safety_help_render_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	// WordPress prints the form's messages itself on pages under Settings (options-head.php).
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( ONLINE_SAFETY_HELP_PAGE );
	do_settings_sections( ONLINE_SAFETY_HELP_PAGE );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function online_safety_help_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . ONLINE_SAFETY_HELP_PAGE );
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html__( 'Settings', 'online-safety-help' ) ) );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( ONLINE_SAFETY_HELP_FILE ), 'online_safety_help_action_links' );
