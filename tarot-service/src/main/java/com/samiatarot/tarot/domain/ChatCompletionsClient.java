package com.samiatarot.tarot.domain;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/** An OpenAI-compatible chat-completions endpoint (OpenAI, Azure-compatible gateways, vLLM, Ollama...). */
@Path("/v1/chat/completions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ChatCompletionsClient {

    @POST
    Uni<JsonNode> complete(@HeaderParam("Authorization") String authorization, ObjectNode request);
}
