package com.samiatarot.tarot.api;

import java.util.List;

/** A list response (DESIGN §4): the items and an opaque cursor for the next page, null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
}
