package org.mcportal.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The body of a submit: the ids of the advisory findings the educator accepts. */
public record SubmitRequest(@NotNull List<@NotBlank String> acknowledged) {}
