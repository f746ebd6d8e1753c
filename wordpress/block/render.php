<?php
/**
 * Renders the block on the server: the element, its fallback links and the host contact, in
 * the block's wrapper. In the editor's preview (a REST request) the bar stays inside the block.
 *
 * @package OnlineSafetyHelp
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

printf(
	'<div %s>%s</div>',
	get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
	online_safety_help_render( online_safety_help_block_settings( $attributes ), defined( 'REST_REQUEST' ) && REST_REQUEST ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by online_safety_help_element().
);
