package com.samiatarot.chat.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.samiatarot.chat.config.ChatConfig;
import com.samiatarot.shared.problem.DomainException;

/**
 * Attachments are metadata only: the service never fetches the URL, but clients will, so a URL is
 * accepted only when it is https, on the configured storage host exactly (default port, no user info,
 * no IP literal, no encoded tricks). Anything else is refused before it reaches the database (SSRF guard).
 */
@ApplicationScoped
public class AttachmentPolicy {

    private static final Pattern IPV4ISH = Pattern.compile("^[0-9.]+$|^0x.*");
    private static final Pattern SAFE_URL = Pattern.compile("^[A-Za-z0-9._~:/?#\\[\\]!$&'()*+,;=%-]+$");
    private static final int MAX_URL = 2048;

    private final String storageHost;
    private final long maxBytes;
    private final Set<String> allowedTypes;

    @Inject
    public AttachmentPolicy(ChatConfig config) {
        this(config.attachments().storageHost(), config.attachments().maxBytes(), Set.copyOf(config.attachments().allowedTypes()));
    }

    public AttachmentPolicy(String storageHost, long maxBytes, Set<String> allowedTypes) {
        this.storageHost = storageHost.toLowerCase(Locale.ROOT);
        this.maxBytes = maxBytes;
        this.allowedTypes = allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns the normalised URL or throws a 400 naming {@code attachment.url}. */
    public String checkUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL || !SAFE_URL.matcher(url).matches()) {
            throw refused("must be an https URL on " + storageHost);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw refused("must use https");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() == null || uri.getRawAuthority().contains("@")) {
            throw refused("must not carry user info");
        }
        String host = uri.getHost();
        if (host == null) {
            throw refused("must name a host");
        }
        String normalisedHost = host.toLowerCase(Locale.ROOT);
        if (normalisedHost.startsWith("[") || IPV4ISH.matcher(normalisedHost).matches()) {
            throw refused("must not be an IP address");
        }
        if (!normalisedHost.equals(storageHost)) {
            throw refused("must point at " + storageHost);
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            throw refused("must use the default https port");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().contains("..")) {
            throw refused("must name a file path");
        }
        return uri.toString();
    }

    public String checkType(String fileType, String messageType) {
        String type = fileType == null ? "" : fileType.strip().toLowerCase(Locale.ROOT);
        if (!allowedTypes.contains(type)) {
            throw DomainException.invalidField("attachment.fileType", "is not an allowed type");
        }
        if ("image".equals(messageType) && !type.startsWith("image/")) {
            throw DomainException.invalidField("attachment.fileType", "must be an image type for an image message");
        }
        return type;
    }

    public void checkSize(long size) {
        if (size <= 0 || size > maxBytes) {
            throw DomainException.invalidField("attachment.fileSize", "must be between 1 and " + maxBytes + " bytes");
        }
    }

    private static DomainException refused(String message) {
        return DomainException.invalidField("attachment.url", message);
    }
}
