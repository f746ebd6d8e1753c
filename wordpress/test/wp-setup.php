<?php
/**
 * The test site, from the command line (there is no wp-cli package):
 *   php wp-setup.php install   installs WordPress
 *   php wp-setup.php content   adds the users and the test content; prints the site's map as JSON
 *   php wp-setup.php state     prints the plugin's option and whether its folder exists, as JSON
 *
 * @package OnlineSafetyHelp
 */

$_SERVER += array(
	'HTTP_HOST'       => getenv( 'HOSTPORT' ),
	'REQUEST_URI'     => '/',
	'SERVER_PROTOCOL' => 'HTTP/1.1',
	'REQUEST_METHOD'  => 'GET',
);
$mode = $argv[1] ?? '';

if ( 'install' === $mode ) {
	define( 'WP_INSTALLING', true );
	/** No mail on a test machine. */
	function wp_new_blog_notification() {}
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	wp_install( 'Oakfield Primary School', 'admin', 'admin@school.example', true, '', 'admin-pass-123' );
	fwrite( STDERR, 'wordpress: installed WordPress ' . get_bloginfo( 'version' ) . ', theme ' . get_stylesheet() . "\n" );
	exit;
}

require '/usr/share/wordpress/wp-load.php';

/** Stops on a WP_Error. */
function osh_check( $result ) {
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
	return $result;
}

if ( 'state' === $mode ) {
	echo wp_json_encode(
		array(
			'option' => get_option( 'online_safety_help', null ),
			'folder' => is_dir( WP_PLUGIN_DIR . '/online-safety-help' ),
			'active' => get_option( 'active_plugins' ),
		)
	);
	exit;
}

// content: pretty permalinks, the users of each role the tests sign in as, and for the
// administrator the block editor's welcome guide dismissed (it would cover the editor) and its
// block toolbar in the top bar (so that it covers no text in the screenshot). Pages and
// posts are made by the browser test, through the REST API, as the user each test is about.
wp_set_current_user( 1 );
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
flush_rewrite_rules( false );
update_user_meta(
	1,
	$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array(
			'welcomeGuide' => false,
			'fixedToolbar' => true,
		),
		'_modified'      => gmdate( 'c' ),
	)
);
$users = array(
	'administrator' => array(
		'user' => 'admin',
		'pass' => 'admin-pass-123',
	),
);
foreach ( array( 'editor', 'contributor' ) as $role ) {
	$users[ $role ] = array(
		'user' => "osh-$role",
		'pass' => "$role-pass-123",
	);
	osh_check(
		wp_insert_user(
			array(
				'user_login' => "osh-$role",
				'user_pass'  => "$role-pass-123",
				'user_email' => "$role@school.example",
				'role'       => $role,
			)
		)
	);
}
echo wp_json_encode(
	array(
		'base'      => home_url(),
		'wordpress' => get_bloginfo( 'version' ),
		'php'       => PHP_VERSION,
		'database'  => $GLOBALS['wpdb']->db_server_info(),
		'users'     => $users,
	),
	JSON_UNESCAPED_SLASHES
);
