package com.samiatarot.wallet.gateway;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/** The slice of Stripe's HTTP API this service uses (form-encoded requests, JSON answers). */
@RegisterRestClient(configKey = "stripe")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public interface StripeApi {

    @POST
    @Path("/payment_intents")
    Uni<StripeObject> createPaymentIntent(@HeaderParam("Authorization") String authorization,
                                          @HeaderParam("Idempotency-Key") String idempotencyKey,
                                          @FormParam("amount") long amountMinor,
                                          @FormParam("currency") String currency,
                                          @FormParam("payment_method") String paymentMethod,
                                          @FormParam("confirm") String confirm,
                                          @FormParam("metadata[transaction_id]") String transactionId);

    @POST
    @Path("/payouts")
    Uni<StripeObject> createPayout(@HeaderParam("Authorization") String authorization,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey,
                                   @FormParam("amount") long amountMinor,
                                   @FormParam("currency") String currency,
                                   @FormParam("destination") String destination,
                                   @FormParam("metadata[transaction_id]") String transactionId);

    @POST
    @Path("/refunds")
    Uni<StripeObject> createRefund(@HeaderParam("Authorization") String authorization,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey,
                                   @FormParam("payment_intent") String paymentIntent,
                                   @FormParam("amount") long amountMinor,
                                   @FormParam("metadata[transaction_id]") String transactionId);

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StripeObject(String id, String object, String status, Long amount, String currency,
                        @JsonProperty("client_secret") String clientSecret) {
    }
}
