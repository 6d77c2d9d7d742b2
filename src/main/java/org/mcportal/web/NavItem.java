package org.mcportal.web;

/**
 * One link of the main navigation.
 *
 * @param current whether it leads to the page being shown, so the template can mark it with {@code
 *     aria-current="page"}
 */
public record NavItem(String label, String href, boolean current) {}
