package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.directRoom;
import static com.samiatarot.chat.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

/** What PostgreSQL itself allows the runtime role, independent of the service code. */
@QuarkusTest
class RowLevelSecurityTest {

    static String claims(UUID user, String role) {
        return "{\"sub\":\"" + user + "\",\"role\":\"" + role + "\"}";
    }

    @Test
    void theAppRoleWithAStrangersClaimsSeesNoRoomMessageOrCall() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        post(alice, room, "hello");
        com.samiatarot.chat.Api.as(alice).body("{\"roomId\":\"" + room + "\",\"callType\":\"audio\"}")
                .when().post("/api/v1/calls").then().statusCode(201);
        UUID stranger = UUID.randomUUID();
        try (Sql app = Sql.as("chat_app")) {
            assertEquals(0L, count(app, claims(stranger, "client"), "select count(*) from chat.chat_rooms where id = ?::uuid", room));
            assertEquals(0L, count(app, claims(stranger, "client"), "select count(*) from chat.chat_messages where room_id = ?::uuid", room));
            assertEquals(0L, count(app, claims(stranger, "client"), "select count(*) from chat.video_call_sessions where room_id = ?::uuid", room));
            // Admins see support rooms only, not direct ones.
            assertEquals(0L, count(app, claims(stranger, "admin"), "select count(*) from chat.chat_rooms where id = ?::uuid", room));
            // No claims at all: nothing.
            assertEquals(0L, app.scalar("select count(*) from chat.chat_rooms where id = ?::uuid", room));
            // The participants do see their rows.
            assertEquals(1L, count(app, claims(bob, "client"), "select count(*) from chat.chat_rooms where id = ?::uuid", room));
            assertEquals(1L, count(app, claims(bob, "client"), "select count(*) from chat.chat_messages where room_id = ?::uuid", room));
            assertEquals(1L, count(app, claims(bob, "client"), "select count(*) from chat.video_call_sessions where room_id = ?::uuid", room));
        }
    }

    @Test
    void theAppRoleCannotPostIntoAStrangersRoomOrAsSomeoneElse() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        UUID stranger = UUID.randomUUID();
        try (Sql app = Sql.as("chat_app")) {
            String insert = "insert into chat.chat_messages (id, room_id, sender_id, content) values (gen_random_uuid(), '"
                    + room + "'::uuid, '%s'::uuid, 'x')";
            assertEquals("42501", stateWithClaims(app, claims(stranger, "client"), insert.formatted(stranger)));
            assertEquals("42501", stateWithClaims(app, claims(bob, "client"), insert.formatted(alice)));
            assertEquals(0L, count(app, claims(stranger, "client"),
                    "with u as (update chat.chat_rooms set is_active = false where id = ?::uuid returning 1) select count(*) from u", room));
        }
    }

    static long count(Sql app, String claims, String sql, Object... params) throws Exception {
        return ((Number) app.queryWithClaims(claims, sql, params).get(0).values().iterator().next()).longValue();
    }

    static String stateWithClaims(Sql app, String claims, String sql) {
        try {
            app.queryWithClaims(claims, sql);
            return null;
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }
}
