package org.mcportal.submission;

import jakarta.validation.constraints.NotNull;

/** The body of an autosave: the field's whole text. */
public record FieldText(@NotNull String text) {}
