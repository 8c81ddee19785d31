package com.samiatarot.identity.api;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseHeader;

import com.samiatarot.identity.security.SigningKeys;

/**
 * The verification keys of access tokens (RFC 7517). Every other service points
 * {@code mp.jwt.verify.publickey.location} at this URL (SAMIA_JWKS_URL); during a rotation the old key
 * stays listed until the last token it signed has expired.
 */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseHeader(name = "Cache-Control", value = "public, max-age=300")
    public Map<String, Object> jwks() {
        return keys.jwks();
    }
}
