package com.samiatarot.chat.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.chat.persistence.MessageRepository;
import com.samiatarot.shared.security.Rls;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Background work, as the service role: the auto-delete purge and the call ring timeout. */
@ApplicationScoped
public class ChatJobs {

    private static final Logger LOG = Logger.getLogger(ChatJobs.class);

    private final Rls rls;
    private final MessageRepository messages;
    private final CallService calls;

    public ChatJobs(Rls rls, MessageRepository messages, CallService calls) {
        this.rls = rls;
        this.messages = messages;
        this.calls = calls;
    }

    /** Rooms with auto_delete_after_hours lose older messages for good (not a soft delete). */
    public Uni<Integer> purgeExpiredMessages() {
        return rls.asService(messages::purgeExpired);
    }

    @Scheduled(every = "${samia.jobs.chat-purge-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledPurge() {
        return purgeExpiredMessages()
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("purged %d expired chat messages", count);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("chat purge failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "${samia.jobs.call-timeout-check-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledCallTimeouts() {
        return calls.failUnanswered()
                .onFailure().invoke(e -> LOG.warnf("call timeout check failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
