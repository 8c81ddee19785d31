package com.samiatarot.chat.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.chat.api.CallDtos.CallResponse;
import com.samiatarot.chat.api.CallDtos.IceServer;
import com.samiatarot.chat.api.CallDtos.IceServersResponse;
import com.samiatarot.chat.config.ChatConfig;
import com.samiatarot.chat.events.ChatEvents;
import com.samiatarot.chat.persistence.CallRepository;
import com.samiatarot.chat.persistence.VideoCallSession;
import com.samiatarot.chat.realtime.RealtimeNotice;
import com.samiatarot.chat.realtime.RealtimePublisher;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;

import io.smallrye.mutiny.Uni;

/**
 * Calls: initiated → ringing (a callee's socket got the invite, or the callee says so) → active (a callee
 * joins) → ended (duration from the moment it became active); initiated/ringing past the ring timeout →
 * failed. Only the call's participants see it (others: 404).
 */
@ApplicationScoped
public class CallService {

    private final RoomService roomService;
    private final CallRepository calls;
    private final DomainEvents events;
    private final RealtimePublisher realtime;
    private final ObjectMapper mapper;
    private final Rls rls;
    private final ChatConfig.Calls config;

    public CallService(RoomService roomService, CallRepository calls, DomainEvents events, RealtimePublisher realtime,
                       ObjectMapper mapper, Rls rls, ChatConfig config) {
        this.roomService = roomService;
        this.calls = calls;
        this.events = events;
        this.realtime = realtime;
        this.mapper = mapper;
        this.rls = rls;
        this.config = config.calls();
    }

    public Uni<VideoCallSession> start(Caller caller, UUID roomId, String callType, EventContext context) {
        String type = callType == null ? "video" : callType;
        return rls.asCaller(caller, () -> roomService.visibleRoom(caller, roomId).chain(room -> {
            if (!room.hasParticipant(caller.id())) {
                throw DomainException.notFound("Room");
            }
            if (!room.active) {
                throw DomainException.conflict("This room is archived.");
            }
            if (room.participants.length < 2) {
                throw DomainException.conflict("There is nobody else in this room to call.");
            }
            return calls.openInRoom(roomId).chain(open -> {
                if (!open.isEmpty()) {
                    throw DomainException.conflict("A call is already open in this room.").with("callId", open.get(0).id);
                }
                VideoCallSession call = new VideoCallSession();
                call.id = UUID.randomUUID();
                call.roomId = roomId;
                call.initiatorId = caller.id();
                call.participants = room.participants.clone();
                call.callType = type;
                call.status = "initiated";
                call.serverRegion = config.serverRegion();
                OffsetDateTime now = Clock.now();
                call.startedAt = now;
                call.createdAt = now;
                return calls.persist(call)
                        .call(saved -> events.publish(ChatEvents.CALL_STARTED, saved.id,
                                new ChatEvents.CallStarted(saved.id, roomId, caller.id(), type), context.withActor(caller.id(), caller.role())))
                        .call(saved -> realtime.onCommit(notice("call.incoming", saved, others(saved, caller.id()))));
            });
        }));
    }

    public Uni<VideoCallSession> get(Caller caller, UUID callId) {
        return rls.asCaller(caller, () -> visibleCall(caller, callId));
    }

    public Uni<VideoCallSession> ringing(Caller caller, UUID callId) {
        return rls.asCaller(caller, () -> visibleCall(caller, callId).chain(call -> {
            if ("initiated".equals(call.status) && !call.initiatorId.equals(caller.id())) {
                call.status = "ringing";
            }
            return calls.flush().replaceWith(call);
        }));
    }

    public Uni<VideoCallSession> join(Caller caller, UUID callId) {
        return rls.asCaller(caller, () -> visibleCall(caller, callId).chain(call -> {
            if (call.initiatorId.equals(caller.id())) {
                throw DomainException.conflict("The caller is already in the call; another participant joins it.");
            }
            if ("active".equals(call.status)) {
                return Uni.createFrom().item(call);
            }
            if (!call.isOpen()) {
                throw DomainException.conflict("This call is " + call.status + ".");
            }
            call.status = "active";
            call.answeredAt = Clock.now();
            return calls.flush().replaceWith(call)
                    .call(saved -> realtime.onCommit(notice("call.joined", saved, Arrays.asList(saved.participants))));
        }));
    }

    public Uni<VideoCallSession> end(Caller caller, UUID callId, Integer rating, Map<String, Object> quality, EventContext context) {
        return rls.asCaller(caller, () -> visibleCall(caller, callId).chain(call -> {
            if (!call.isOpen()) {
                throw DomainException.conflict("This call is already " + call.status + ".");
            }
            OffsetDateTime now = Clock.now();
            call.status = "ended";
            call.endedAt = now;
            call.durationSeconds = call.answeredAt == null ? 0 : (int) Duration.between(call.answeredAt, now).getSeconds();
            if (rating != null) {
                call.qualityRating = rating;
            }
            if (quality != null) {
                call.connectionQuality = quality;
            }
            return calls.flush().replaceWith(call)
                    .call(saved -> events.publish(ChatEvents.CALL_ENDED, saved.id,
                            new ChatEvents.CallEnded(saved.id, saved.roomId, saved.durationSeconds), context.withActor(caller.id(), caller.role())))
                    .call(saved -> realtime.onCommit(notice("call.ended", saved, Arrays.asList(saved.participants))));
        }));
    }

    public Uni<VideoCallSession> rate(Caller caller, UUID callId, int rating, Map<String, Object> quality) {
        return rls.asCaller(caller, () -> visibleCall(caller, callId).chain(call -> {
            if (call.isOpen()) {
                throw DomainException.conflict("A call is rated once it has ended.");
            }
            call.qualityRating = rating;
            if (quality != null) {
                call.connectionQuality = quality;
            }
            return calls.flush().replaceWith(call);
        }));
    }

    /** STUN/TURN for this call, TURN credentials per user (coturn REST scheme), recorded without the secret part. */
    public Uni<IceServersResponse> iceServers(Caller caller, UUID callId) {
        long ttl = config.turnTtl().getSeconds();
        long expiry = Instant.now().getEpochSecond() + ttl;
        TurnCredentials.Credential credential = TurnCredentials.issue(config.turnSecret(), caller.id(), expiry);
        List<IceServer> servers = new ArrayList<>();
        if (!config.stunUrls().isEmpty()) {
            servers.add(new IceServer(config.stunUrls(), null, null));
        }
        if (!config.turnUrls().isEmpty()) {
            servers.add(new IceServer(config.turnUrls(), credential.username(), credential.credential()));
        }
        OffsetDateTime expiresAt = OffsetDateTime.ofInstant(Instant.ofEpochSecond(expiry), ZoneOffset.UTC);
        return rls.asCaller(caller, () -> visibleCall(caller, callId).chain(call -> {
            if (!call.isOpen()) {
                throw DomainException.conflict("This call is " + call.status + ".");
            }
            Map<String, Object> used = call.iceServersUsed == null ? new LinkedHashMap<>() : new LinkedHashMap<>(call.iceServersUsed);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stun", config.stunUrls());
            entry.put("turn", config.turnUrls());
            entry.put("username", credential.username());
            entry.put("expiresAt", expiresAt.toString());
            used.put(caller.id().toString(), entry);
            call.iceServersUsed = used;
            return calls.flush().replaceWith(new IceServersResponse(servers, ttl, expiresAt));
        }));
    }

    /** Ring timeout: unanswered calls fail (scheduled; also called by tests). */
    public Uni<Integer> failUnanswered() {
        OffsetDateTime cutoff = Clock.now().minus(config.ringTimeout());
        return rls.asService(() -> calls.unansweredSince(cutoff).chain(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (VideoCallSession call : list) {
                call.status = "failed";
                call.endedAt = Clock.now();
                call.durationSeconds = 0;
                chain = chain.call(() -> events.publish(ChatEvents.CALL_FAILED, call.id,
                                new ChatEvents.CallFailed(call.id, call.roomId, "no_answer"), EventContext.system(null)))
                        .call(() -> realtime.onCommit(notice("call.failed", call, Arrays.asList(call.participants))));
            }
            return chain.call(() -> calls.flush()).replaceWith(list.size());
        }));
    }

    public CallResponse toResponse(VideoCallSession c) {
        return new CallResponse(c.id, c.roomId, c.initiatorId, Arrays.asList(c.participants), c.callType, c.status, c.durationSeconds,
                c.qualityRating, c.connectionQuality, c.serverRegion, c.startedAt, c.answeredAt, c.endedAt);
    }

    private Uni<VideoCallSession> visibleCall(Caller caller, UUID callId) {
        return calls.findById(callId).map(call -> {
            if (call == null || !call.hasParticipant(caller.id())) {
                throw DomainException.notFound("Call");
            }
            return call;
        });
    }

    private static List<UUID> others(VideoCallSession call, UUID me) {
        List<UUID> list = new ArrayList<>(Arrays.asList(call.participants));
        list.remove(me);
        return list;
    }

    private RealtimeNotice notice(String type, VideoCallSession call, List<UUID> recipients) {
        ObjectNode data = mapper.createObjectNode();
        data.put("callId", call.id.toString());
        data.put("roomId", call.roomId.toString());
        data.put("initiatorId", call.initiatorId.toString());
        data.put("callType", call.callType);
        data.put("status", call.status);
        if (call.durationSeconds != null) {
            data.put("durationSeconds", call.durationSeconds);
        }
        return new RealtimeNotice(type, call.roomId, recipients, data, null);
    }
}
