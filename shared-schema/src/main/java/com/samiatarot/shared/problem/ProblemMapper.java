package com.samiatarot.shared.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The single RFC 9457 mapping for every service (DESIGN §4): bad input is a 4xx with a clear message,
 * never a 500 and never a stack trace; anything unexpected is a 500 that says only "internal error" and
 * the request id to look for in the logs.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://samia-tarot.local/problems/";

    private final RequestInfo requestInfo;

    public ProblemMapper(RequestInfo requestInfo) {
        this.requestInfo = requestInfo;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        Response.ResponseBuilder builder = respond(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), e.extensions());
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(err -> err.field() + ": " + err.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return respond(400, "validation", "Invalid request", detail, errors, Map.of()).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = e.getPropertyName();
        return respond(400, "validation", "Invalid request", "Field '" + field + "' is not accepted here.",
                List.of(new Problem.FieldError(field, "is not accepted here")), Map.of()).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another format" : e.getTargetType().getSimpleName();
        return respond(400, "validation", "Invalid request", "Field '" + field + "' has an invalid value; expected " + expected + ".",
                List.of(new Problem.FieldError(field, "invalid value")), Map.of()).build();
    }

    @ServerExceptionMapper(priority = 2)
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.", List.of(), Map.of()).build();
        }
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String detail = field.isEmpty() ? "The request body does not have the expected shape."
                : "Field '" + field + "' does not have the expected type or shape.";
        return respond(400, "validation", "Invalid request", detail,
                field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, "unexpected type or shape")), Map.of()).build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return respond(401, "unauthorized", "Unauthorized", "A valid access token is required.", List.of(), Map.of())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(401, "unauthorized", "Unauthorized", "The access token is missing, invalid or expired.", List.of(), Map.of())
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "forbidden", "Forbidden", "You are not allowed to do this.", List.of(), Map.of()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof UnrecognizedPropertyException unknown ? unknownProperty(unknown)
                    : json instanceof InvalidFormatException format ? invalidFormat(format) : malformedJson(json);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "No acceptable representation: this API speaks application/json.";
            case 415 -> "Unsupported media type: send application/json.";
            case 401 -> "A valid access token is required.";
            case 403 -> "You are not allowed to do this.";
            default -> title + ".";
        };
        return respond(status, title.toLowerCase().replace(' ', '-'), title, detail, List.of(), Map.of()).build();
    }

    /** The database is the second wall: a refusal there is still the client's problem, not a crash. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String state = SqlStates.of(e);
        if (SqlStates.INSUFFICIENT_PRIVILEGE.equals(state)) {
            return respond(403, "forbidden", "Forbidden", "You are not allowed to do this.", List.of(), Map.of()).build();
        }
        if (SqlStates.UNIQUE_VIOLATION.equals(state)) {
            return respond(409, "conflict", "Conflict", "This would duplicate an existing record.", List.of(), Map.of()).build();
        }
        if (SqlStates.CHECK_VIOLATION.equals(state) || SqlStates.FOREIGN_KEY_VIOLATION.equals(state)
                || SqlStates.NOT_NULL_VIOLATION.equals(state) || (state != null && state.startsWith("22"))) {
            return respond(422, "unprocessable", "Unprocessable request",
                    "The request breaks a data rule" + constraintHint(e) + ".", List.of(), Map.of()).build();
        }
        if (SqlStates.SERIALIZATION_FAILURE.equals(state) || SqlStates.DEADLOCK.equals(state)) {
            return respond(503, "retry", "Try again", "A concurrent change interfered; retry the request.", List.of(), Map.of())
                    .header("Retry-After", 1).build();
        }
        LOG.errorf(e, "unexpected error, requestId=%s", requestId());
        return respond(500, "internal", "Internal error",
                "Something went wrong on our side. Quote request id " + requestId() + " to support.", List.of(), Map.of()).build();
    }

    private static String constraintHint(Throwable e) {
        String constraint = SqlStates.constraint(e);
        return constraint == null ? "" : " (" + constraint + ")";
    }

    private Response.ResponseBuilder respond(int status, String type, String title, String detail,
                                             List<Problem.FieldError> errors, Map<String, Object> extensions) {
        Problem problem = new Problem(TYPE_BASE + type, title, status, detail, safePath(), requestId(), errors, extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private String requestId() {
        try {
            return requestInfo.requestId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String safePath() {
        try {
            return requestInfo.path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "create.request.email" (method, parameter, field) becomes "email". */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
            }
        }
        if (names.size() > 2 && (path.iterator().next().getKind() == jakarta.validation.ElementKind.METHOD)) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }
}
