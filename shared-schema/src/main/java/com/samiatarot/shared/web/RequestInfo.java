package com.samiatarot.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import com.samiatarot.shared.events.EventContext;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * What an audit row needs to know about the current HTTP request. The client address is Vert.x's
 * remote address, which honours {@code X-Forwarded-For} only from {@code quarkus.http.proxy.trusted-proxies}
 * (DESIGN §5): anybody else rotating that header cannot escape IP throttling.
 */
@RequestScoped
public class RequestInfo {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final HttpServerRequest request;
    private String requestId;

    public RequestInfo(HttpServerRequest request) {
        this.request = request;
    }

    public String requestId() {
        if (requestId == null) {
            String offered = request.getHeader(REQUEST_ID_HEADER);
            requestId = offered != null && SAFE_REQUEST_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        }
        return requestId;
    }

    public String clientIp() {
        SocketAddress address = request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    public String userAgent() {
        String agent = request.getHeader("User-Agent");
        return agent == null || agent.length() <= 512 ? agent : agent.substring(0, 512);
    }

    public String method() {
        return request.method().name();
    }

    public String path() {
        return request.path();
    }

    /** The request's context without an actor; add one with {@link EventContext#withActor}. */
    public EventContext eventContext() {
        return new EventContext(null, "anonymous", clientIp(), userAgent(), method(), path(), requestId());
    }
}
