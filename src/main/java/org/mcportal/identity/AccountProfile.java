package org.mcportal.identity;

/** The part of an account its owner is known by: name, school, district and role title. */
public record AccountProfile(
    String displayName, String school, String district, String roleTitle) {}
