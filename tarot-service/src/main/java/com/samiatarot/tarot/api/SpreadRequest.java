package com.samiatarot.tarot.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.samiatarot.tarot.domain.SpreadInput;
import com.samiatarot.tarot.domain.SpreadLayout;

/** A custom spread as sent by its owner; the layout's rules are checked by SpreadLayoutRules. */
public record SpreadRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 2000) String description,
        @NotNull @Min(1) @Max(78) Integer cardCount,
        @NotNull SpreadLayout layoutData,
        @Pattern(regexp = "beginner|intermediate|advanced", message = "must be beginner, intermediate or advanced") String difficultyLevel,
        @Size(max = 100) String category,
        Boolean isPublic) {

    public SpreadInput toInput() {
        return new SpreadInput(name, description, cardCount, layoutData, difficultyLevel, category,
                isPublic != null && isPublic);
    }
}
