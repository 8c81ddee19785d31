package com.samiatarot.tarot.domain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** tarot_spreads.layout_data: ordered positions with a name, a meaning and relative x/y coordinates. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpreadLayout(List<Position> positions) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Position(Integer index, String name, String meaning, Double x, Double y) {
    }
}
