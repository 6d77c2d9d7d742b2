package org.mcportal.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body that starts a submission. */
public record StartRequest(@NotBlank @Size(max = 100) String credentialId) {}
