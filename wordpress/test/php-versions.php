<?php
/**
 * The plugin's own PHP under any PHP version, without a site: loads the WordPress files that the
 * plugin's code calls into (the real ones, from Debian's WordPress package, the same as the test
 * site's), then the built plugin as WordPress would (its main file, then `init`), parses every
 * PHP file of it, and runs its sanitisers and markup builders on a table of inputs. Prints what
 * they returned as JSON. php-versions.test.mjs runs it under PHP 7.4 and 8.5 in WebAssembly and
 * under the machine's own PHP (the test site's), and compares.
 *
 * What is not WordPress's own here: no database. Options come from WordPress's own object cache,
 * filled below, as on a site with a persistent cache; an option not there is "not set".
 *
 *   OSH_PLUGIN_DIR=build/wordpress/online-safety-help php wordpress/test/php-versions.php
 *
 * @package OnlineSafetyHelp
 */

error_reporting( E_ALL );
$osh_plugin = rtrim( (string) getenv( 'OSH_PLUGIN_DIR' ), '/' );
$osh_core   = rtrim( getenv( 'OSH_WORDPRESS_DIR' ) ? getenv( 'OSH_WORDPRESS_DIR' ) : '/usr/share/wordpress', '/' );
if ( '' === $osh_plugin || ! is_file( "$osh_plugin/online-safety-help.php" ) ) {
	fwrite( STDERR, "php-versions.php: OSH_PLUGIN_DIR must name the built plugin's folder\n" );
	exit( 2 );
}

// Every message PHP raises: from the plugin's own files, or from WordPress's.
$osh_messages = array(
	'plugin'    => array(),
	'wordpress' => array(),
);
set_error_handler(
	function ( $level, $message, $file, $line ) use ( &$osh_messages, $osh_plugin ) {
		$ours                  = 0 === strpos( $file, $osh_plugin . '/' );
		$where                 = $ours ? substr( $file, strlen( $osh_plugin ) + 1 ) : basename( $file );
		$osh_messages[ $ours ? 'plugin' : 'wordpress' ][] = "$message ($where:$line)";
		return true;
	}
);

// The constants wp-config.php and wp-settings.php define, for a site at https://school.example.
define( 'ABSPATH', $osh_core . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', dirname( dirname( $osh_plugin ) ) );
define( 'WP_PLUGIN_DIR', dirname( $osh_plugin ) );
define( 'WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins' );
define( 'WP_LANG_DIR', WP_CONTENT_DIR . '/languages' );
define( 'WP_CONTENT_URL', 'https://school.example/wp-content' );
define( 'WP_PLUGIN_URL', 'https://school.example/wp-content/plugins' );
define( 'WP_DEBUG', true );
$_SERVER['HTTPS']     = 'on';
$_SERVER['HTTP_HOST'] = 'school.example';

// WordPress's own files, in wp-settings.php's order: those the plugin's code reaches.
foreach ( array(
	'version',
	'load',
	'plugin',
	'compat',
	'class-wp-list-util',
	'formatting',
	'meta',
	'functions',
	'class-wp-error',
	'pomo/mo',
	'l10n',
	'class-wp-textdomain-registry',
	'general-template',
	'link-template',
	'kses',
	'cache',
	'class-wp-dependency',
	'class-wp-dependencies',
	'class-wp-scripts',
	'functions.wp-scripts',
	'class-wp-styles',
	'functions.wp-styles',
	'shortcodes',
	'http',
	'rest-api',
	'blocks',
	'class-wp-block-type',
	'class-wp-block-styles-registry',
	'class-wp-block-type-registry',
	'class-wp-block',
	'class-wp-block-list',
	'class-wp-block-parser',
	'class-wp-block-supports',
	// The block supports the block has (block.json: align; a class name, generated and custom).
	'block-supports/utils',
	'block-supports/align',
	'block-supports/custom-classname',
	'block-supports/generated-classname',
) as $osh_file ) {
	require_once ABSPATH . WPINC . "/$osh_file.php";
}
// The one default filter (of default-filters.php) that the code run here needs: lists in messages.
add_filter( 'wp_sprintf', 'wp_sprintf_l', 10, 2 );
$GLOBALS['wp_plugin_paths']        = array();
$GLOBALS['locale']                 = 'en_US';
$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();
wp_cache_init();

/**
 * Sets the site's options (in WordPress's object cache, which get_option() reads first).
 *
 * @param array<string, mixed> $plugin The plugin's option; null: not set.
 */
function osh_options( $plugin = null ) {
	$all = array(
		'blog_charset' => 'UTF-8',
		'siteurl'      => 'https://school.example',
		'home'         => 'https://school.example',
	);
	if ( null !== $plugin ) {
		$all['online_safety_help'] = $plugin;
	}
	wp_cache_set( 'alloptions', $all, 'options' );
	wp_cache_set( 'notoptions', null === $plugin ? array( 'online_safety_help' => true ) : array(), 'options' );
}
osh_options();

// WordPress reports a plugin's misuse of its functions through these actions.
foreach ( array( 'doing_it_wrong_run', 'deprecated_function_run', 'deprecated_argument_run', 'deprecated_file_included', 'deprecated_hook_run' ) as $osh_hook ) {
	add_action(
		$osh_hook,
		function ( $name, $message = '' ) use ( &$osh_messages, $osh_hook ) {
			$osh_messages['plugin'][] = "$osh_hook: $name " . wp_strip_all_tags( (string) $message );
		},
		10,
		2
	);
}

// Every PHP file of the plugin parses: the parser's own check, as `php -l` does.
$osh_lint = array();
$osh_all  = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $osh_plugin, FilesystemIterator::SKIP_DOTS ) );
foreach ( $osh_all as $osh_path ) {
	if ( '.php' !== substr( $osh_path, -4 ) ) {
		continue;
	}
	$osh_name = substr( (string) $osh_path, strlen( $osh_plugin ) + 1 );
	try {
		token_get_all( (string) file_get_contents( $osh_path ), TOKEN_PARSE );
		$osh_lint[ $osh_name ] = 'ok';
	} catch ( ParseError $error ) {
		$osh_lint[ $osh_name ] = $error->getMessage() . ' on line ' . $error->getLine();
	}
}
ksort( $osh_lint );

// The plugin, loaded as WordPress loads an active plugin, then WordPress's `init`.
require $osh_plugin . '/online-safety-help.php';
do_action( 'plugins_loaded' );
do_action( 'init' );

$osh_hostile = array(
	'"><script>window.oshPwned=1</script>',
	'fixed" onmouseover="alert(1)',
	'javascript:alert(1)',
	" JaVaScRiPt:alert(1)",
	'&#106;avascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'http://plain.example/',
	'https://ok.example/" onmouseover="alert(1)',
	'<img src=x onerror=alert(1)>',
	str_repeat( 'a', 3000 ),
	'',
	'   ',
	null,
	true,
	42,
	1.5,
	array(),
	array( 'ca' ),
	array( array( 'nested' ) ),
);
$osh_regions = array( 'gb', 'GB', 'uk', 'UK', ' Uk ', 'ie', 'us', 'ca', 'au', 'nz', 'other', 'auto', 'AUTO', 'fr', 'gb ie', 'u k', 'gbr' );

$osh_results = array();

// Each sanitiser, on every value of the table.
foreach ( array_merge( $osh_regions, $osh_hostile ) as $osh_value ) {
	$osh_row = array( 'value' => $osh_value );
	foreach ( array( 'audience', 'region', 'bar', 'theme' ) as $osh_name ) {
		$osh_row[ $osh_name ] = online_safety_help_clean_choice( $osh_value, $osh_name );
	}
	$osh_row['link region'] = online_safety_help_clean_link_region( $osh_value );
	$osh_row['text']        = online_safety_help_text( $osh_value );
	$osh_row['level']       = online_safety_help_clean_level( $osh_value );
	$osh_row['sections']    = online_safety_help_clean_ids( $osh_value, 'none' );
	$osh_row['open']        = online_safety_help_clean_ids( $osh_value, 'all' );
	$osh_row['quick exit']  = online_safety_help_clean_quick_exit( $osh_value );
	$osh_row['href']        = online_safety_help_clean_href( $osh_value );
	$osh_row['label']       = online_safety_help_clean_label( $osh_value );
	$osh_results['sanitisers'][] = $osh_row;
}
foreach ( array( '3', ' 6 ', '0', '7', 3, '2.0', '1e0' ) as $osh_value ) {
	$osh_results['levels'][] = array( $osh_value, online_safety_help_clean_level( $osh_value ) );
}
foreach ( array( 'none', 'ALL', 'all', 'signs-of-grooming where-it-happens', 'where-it-happens nope', array( 'aim-of-grooming', 'how-grooming-works' ), array( 'x' ) ) as $osh_value ) {
	$osh_results['ids'][] = array( $osh_value, online_safety_help_clean_ids( $osh_value, 'none' ), online_safety_help_clean_ids( $osh_value, 'all' ) );
}
foreach ( array( 'on', 'OFF', 'https://www.bbc.co.uk/weather https://example.org/safe', 'https://a.example/ https://a.example/', 'https://a.example/ javascript:alert(1) http://b.example/', implode( ' ', array_map( function ( $n ) { return "https://site$n.example/"; }, range( 1, 7 ) ) ) ) as $osh_value ) {
	$osh_results['quick exit'][] = array( $osh_value, online_safety_help_clean_quick_exit( $osh_value ) );
}
foreach ( array( 'tel:01632 960123', 'tel:+44 1632 960123', 'sms:0800 111?body=hi', 'mailto:lead@school.example', 'mailto:lead@school.example?subject=Help', 'https://school.example/safeguarding', 'HTTPS://SCHOOL.EXAMPLE/', 'https://', 'tel:abc', 'mailto:nobody', 'ftp://x.example/', '//school.example/', '/relative' ) as $osh_value ) {
	$osh_results['hrefs'][] = array( $osh_value, online_safety_help_clean_href( $osh_value ) );
}
foreach ( array( 'Email our safeguarding lead', "  Two\nlines  ", '<b>Bold</b> lead', 'Ünïcödé lead — école', str_repeat( 'é', 100 ), str_repeat( 'x', 81 ), 'Safeguarding "lead" & co' ) as $osh_value ) {
	$osh_results['labels'][] = array( $osh_value, online_safety_help_clean_label( $osh_value ) );
}

// Whole widgets: the settings reduced, and the element the server prints.
$osh_widgets = array(
	array(),
	array( 'region' => 'ca' ),
	array( 'region' => 'UK', 'audience' => 'young-people' ),
	array( 'region' => 'nz', 'audience' => 'young-people' ),
	array( 'region' => 'other' ),
	array( 'region' => 'other', 'audience' => 'young-people' ),
	array( 'region' => 'auto', 'fallback-region' => 'nz' ),
	array( 'region' => 'auto', 'fallback-region' => 'ie', 'audience' => 'young-people' ),
	array( 'region' => 'auto' ),
	array( 'region' => 'auto', 'fallback-region' => 'auto' ),
	array( 'region' => 'auto', 'fallback-region' => 'uk' ),
	array( 'region' => 'ca', 'fallback-region' => 'nz' ),
	array( 'region' => 'fr', 'fallback-region' => 'nz' ),
	array(
		'heading-level'   => '3',
		'sections'        => array( 'signs-of-grooming', 'where-it-happens' ),
		'open'            => 'all',
		'bar'             => 'sticky',
		'theme'           => 'dark',
		'audience'        => 'parents',
		'region'          => 'au',
		'quick-exit'      => 'https://www.bbc.co.uk/weather',
		'contact-label'   => 'Email our safeguarding lead',
		'contact-href'    => 'mailto:safeguarding@school.example',
	),
);
foreach ( $osh_hostile as $osh_value ) {
	$osh_widget = array();
	foreach ( array( 'heading-level', 'sections', 'open', 'bar', 'theme', 'audience', 'region', 'fallback-region', 'quick-exit', 'contact-label', 'contact-href' ) as $osh_name ) {
		$osh_widget[ $osh_name ] = $osh_value;
	}
	$osh_widgets[] = $osh_widget;
}
foreach ( $osh_widgets as $osh_raw ) {
	$osh_clean               = online_safety_help_clean( $osh_raw );
	$osh_results['widgets'][] = array(
		'raw'     => $osh_raw,
		'clean'   => $osh_clean,
		'element' => online_safety_help_element( $osh_clean ),
	);
}

// The site-wide bar, from the stored option, before any widget is rendered on the "page".
foreach ( array(
	array(
		'sitewide'        => true,
		'contact_label'   => 'Call our safeguarding lead',
		'contact_href'    => 'tel:01632960123',
		'theme'           => 'auto',
		'audience'        => 'parents',
		'region'          => 'auto',
		'fallback_region' => 'nz',
		'quick_exit'      => '',
	),
	array( 'sitewide' => true, 'region' => 'us', 'audience' => 'young-people' ),
	array( 'sitewide' => true, 'region' => '<script>', 'fallback_region' => '<script>' ),
	array( 'sitewide' => false, 'region' => 'ca' ),
	'not an array',
) as $osh_option ) {
	osh_options( $osh_option );
	ob_start();
	online_safety_help_print_sitewide();
	$osh_results['site-wide bar'][] = array(
		'option'  => $osh_option,
		'stored'  => online_safety_help_stored(),
		'options' => online_safety_help_options(),
		'printed' => ob_get_clean(),
	);
}

// The settings form: what is saved from what is posted (without the form's message), and its fields.
foreach ( array(
	array(),
	array( 'sitewide' => '1', 'region' => 'CA', 'fallback_region' => 'nz' ),
	array( 'sitewide' => '0', 'region' => 'auto', 'fallback_region' => 'NZ', 'audience' => 'young-people', 'theme' => 'dark' ),
	array( 'region' => 'auto', 'fallback_region' => 'auto' ),
	array( 'region' => 'uk', 'fallback_region' => 'uk' ),
	array( 'region' => '"><script>alert(1)</script>', 'fallback_region' => array( 'nz' ), 'audience' => 'javascript:alert(1)' ),
	array( 'quick_exit' => 'on', 'quick_exit_pages' => 'javascript:alert(1) https://www.bbc.co.uk/weather', 'contact_label' => '<img src=x onerror=alert(1)>Lead', 'contact_href' => 'javascript:alert(1)' ),
	'not an array',
) as $osh_input ) {
	$osh_results['settings saved'][] = array( $osh_input, online_safety_help_sanitize_settings( $osh_input, false ) );
}
osh_options(
	array(
		'sitewide'        => true,
		'region'          => 'auto',
		'fallback_region' => 'ca',
	)
);
foreach ( array( 'sitewide', 'contact_label', 'contact_href', 'audience', 'region', 'fallback_region', 'theme', 'quick_exit' ) as $osh_key ) {
	ob_start();
	online_safety_help_field(
		array(
			'key'       => $osh_key,
			'label_for' => 'online-safety-help-' . str_replace( '_', '-', $osh_key ),
		)
	);
	$osh_results['settings fields'][ $osh_key ] = ob_get_clean();
}
osh_options();

// The shortcode and the block, through WordPress's own parsers.
foreach ( array(
	'[online_safety_help]',
	'[online_safety_help region="ca"]',
	'[online_safety_help region="UK" audience="young-people"]',
	'[online_safety_help region="auto" fallback_region="nz"]',
	'[online_safety_help region="auto" fallback-region="au" audience="young-people"]',
	'[online_safety_help region="other"]',
	'[online_safety_help region=\'"><script>alert(1)</script>\' fallback_region="<b>"]',
	'[online_safety_help sections="aim-of-grooming how-grooming-works" open="all" heading-level="4" bar="inline" theme="light" quick_exit="off" contact_label="Call our safeguarding lead" contact_href="tel:01632 960123"]',
) as $osh_shortcode ) {
	$osh_results['shortcodes'][] = array( $osh_shortcode, do_shortcode( $osh_shortcode ) );
}
foreach ( array(
	array(),
	array( 'region' => 'ca' ),
	array( 'region' => 'auto', 'fallbackRegion' => 'nz' ),
	array( 'region' => 'uk' ),
	array( 'region' => 'nz', 'audience' => 'young-people', 'bar' => 'inline', 'contactLabel' => 'Lead', 'contactHref' => 'mailto:lead@school.example' ),
	array( 'region' => '"><script>alert(1)</script>', 'fallbackRegion' => 'x', 'bar' => 'fixed" onmouseover="alert(1)' ),
) as $osh_attributes ) {
	$osh_comment                 = '<!-- wp:online-safety-help/guide ' . ( $osh_attributes ? wp_json_encode( $osh_attributes ) . ' ' : '' ) . '/-->';
	$osh_results['blocks'][]     = array( $osh_comment, do_blocks( $osh_comment ) );
}
$osh_results['editor data'] = online_safety_help_editor_data();
$osh_results['scripts']     = array(
	'registered' => array_values( array_intersect( array( 'online-safety-help', 'online-safety-help-editor' ), array_keys( wp_scripts()->registered ) ) ),
	'enqueued'   => wp_scripts()->queue,
	'module tag' => online_safety_help_module_tag( "<script src='https://school.example/wp-content/plugins/online-safety-help/online-safety-help.js?ver=0.1.0' id='online-safety-help-js'></script>\n", 'online-safety-help' ),
);

echo wp_json_encode(
	array(
		'php'      => PHP_VERSION,
		'mbstring' => extension_loaded( 'mbstring' ),
		'lint'     => $osh_lint,
		'messages' => $osh_messages,
		'results'  => $osh_results,
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR
), "\n";
