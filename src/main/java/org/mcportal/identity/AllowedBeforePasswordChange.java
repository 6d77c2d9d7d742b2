package org.mcportal.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few endpoints a person who must change their password may still call: reading who they
 * are, changing the password and signing out. Every other non-public endpoint refuses them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedBeforePasswordChange {}
