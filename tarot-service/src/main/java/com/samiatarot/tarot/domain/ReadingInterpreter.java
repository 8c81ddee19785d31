package com.samiatarot.tarot.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** The interpretation of an AI reading: built-in always, rewritten by the LLM provider when configured and healthy. */
@ApplicationScoped
public class ReadingInterpreter {

    public record Result(Interpretation interpretation, String modelVersion) {
    }

    private final BuiltInInterpreter builtIn;
    private final LlmInterpreter llm;

    public ReadingInterpreter(BuiltInInterpreter builtIn, LlmInterpreter llm) {
        this.builtIn = builtIn;
        this.llm = llm;
    }

    public Uni<Result> interpret(ReadingRequestContext context) {
        Interpretation base = builtIn.interpret(context);
        return llm.enrich(context, base).map(result -> new Result(result,
                "llm".equals(result.source()) ? llm.modelVersion() : BuiltInInterpreter.MODEL_VERSION));
    }
}
