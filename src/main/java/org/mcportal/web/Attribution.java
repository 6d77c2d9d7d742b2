package org.mcportal.web;

/** The licence line the footer shows for one credential whose text the page reproduces. */
public record Attribution(String title, String licenceName, String licenceUrl, String notice) {}
