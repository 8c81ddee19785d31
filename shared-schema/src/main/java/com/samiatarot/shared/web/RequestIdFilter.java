package com.samiatarot.shared.web;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every request gets an id (the gateway's or a new one), logged as {@code requestId} and echoed back. */
public class RequestIdFilter {

    private final RequestInfo requestInfo;

    public RequestIdFilter(RequestInfo requestInfo) {
        this.requestInfo = requestInfo;
    }

    @ServerRequestFilter(preMatching = true)
    public void tagRequest() {
        MDC.put("requestId", requestInfo.requestId());
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestInfo.REQUEST_ID_HEADER, requestInfo.requestId());
    }
}
