-- chat-service owns chat_rooms, chat_messages and video_call_sessions of the seed (database-schema.md).
-- Deliberate changes (DESIGN §2 and issue 7), each named:
--  * no FK across schemas: reading_session_id, sender_id, initiator_id and participant ids are plain UUIDs;
--  * chat_rooms.created_by (who may rename a room / change group participants);
--  * chat_messages.key_id (which encryption key sealed content, for key rotation);
--  * chat_messages.reply_to_id is ON DELETE SET NULL so the auto-delete purge can remove a replied-to message;
--  * video_call_sessions.answered_at (duration_seconds counts from the moment the call became active);
--  * the seed names two indexes idx_chat_rooms_active (one on is_active, one partial on id WHERE is_active):
--    the plain one keeps the seed's name, the partial one is idx_chat_rooms_active_partial;
--  * chat.room_reads: per-user read position, for unread counts;
--  * RLS: the seed's SELECT policies with (SELECT auth.uid()), support rooms visible to admins, and explicit
--    write and service policies (the seed had none, so the runtime role could not write at all).

CREATE TABLE chat_rooms (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    room_type VARCHAR(50) NOT NULL CHECK (room_type IN ('direct', 'reading', 'group', 'support')),
    name VARCHAR(255),
    description TEXT,
    participants UUID[] NOT NULL,
    max_participants INTEGER DEFAULT 2,
    is_encrypted BOOLEAN DEFAULT true,
    is_active BOOLEAN DEFAULT true,
    auto_delete_after_hours INTEGER CHECK (auto_delete_after_hours IS NULL OR auto_delete_after_hours > 0),
    reading_session_id UUID,
    metadata JSONB DEFAULT '{}',
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    last_activity TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT chat_rooms_participants_fit CHECK (cardinality(participants) BETWEEN 1 AND coalesce(max_participants, 2))
);

CREATE INDEX idx_chat_rooms_participants ON chat_rooms USING GIN(participants);
CREATE INDEX idx_chat_rooms_type ON chat_rooms(room_type);
CREATE INDEX idx_chat_rooms_active ON chat_rooms(is_active);
CREATE INDEX idx_chat_rooms_active_partial ON chat_rooms(id) WHERE is_active = true;
CREATE INDEX idx_chat_rooms_last_activity ON chat_rooms(last_activity DESC, id DESC);
-- One reading room per reading session: a redelivered reading.accepted cannot create a second one.
CREATE UNIQUE INDEX uq_chat_rooms_reading_session ON chat_rooms(reading_session_id) WHERE reading_session_id IS NOT NULL;

CREATE TRIGGER update_chat_rooms_updated_at
    BEFORE UPDATE ON chat_rooms
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

ALTER TABLE chat_rooms ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can access rooms they participate in" ON chat_rooms
    FOR SELECT USING ((SELECT auth.uid()) = ANY(participants));
CREATE POLICY "Admins can see support rooms" ON chat_rooms
    FOR SELECT USING (room_type = 'support' AND (SELECT auth.is_admin()));
CREATE POLICY "Users create rooms they are in" ON chat_rooms
    FOR INSERT WITH CHECK ((SELECT auth.uid()) = ANY(participants) AND created_by = (SELECT auth.uid()));
CREATE POLICY "Participants update their rooms" ON chat_rooms
    FOR UPDATE USING ((SELECT auth.uid()) = ANY(participants) OR (room_type = 'support' AND (SELECT auth.is_admin())))
    WITH CHECK ((SELECT auth.uid()) = ANY(participants) OR created_by = (SELECT auth.uid())
                OR (room_type = 'support' AND (SELECT auth.is_admin())));
CREATE POLICY "Service manages rooms" ON chat_rooms
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE TABLE chat_messages (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    room_id UUID REFERENCES chat_rooms(id) ON DELETE CASCADE,
    sender_id UUID NOT NULL,
    content TEXT NOT NULL,
    message_type VARCHAR(50) DEFAULT 'text' CHECK (message_type IN ('text', 'image', 'file', 'system')),
    is_encrypted BOOLEAN DEFAULT false,
    key_id VARCHAR(64),
    file_url TEXT,
    file_name VARCHAR(255),
    file_size INTEGER,
    file_type VARCHAR(100),
    reply_to_id UUID REFERENCES chat_messages(id) ON DELETE SET NULL,
    is_edited BOOLEAN DEFAULT false,
    edited_at TIMESTAMP WITH TIME ZONE,
    delivered_at TIMESTAMP WITH TIME ZONE,
    read_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT chat_messages_key_when_encrypted CHECK (NOT is_encrypted OR key_id IS NOT NULL)
);

CREATE INDEX idx_chat_messages_room ON chat_messages(room_id);
CREATE INDEX idx_chat_messages_sender ON chat_messages(sender_id);
CREATE INDEX idx_chat_messages_created ON chat_messages(created_at);
CREATE INDEX idx_chat_messages_type ON chat_messages(message_type);
CREATE INDEX idx_chat_messages_room_created ON chat_messages(room_id, created_at);
CREATE INDEX idx_chat_messages_reply_to ON chat_messages(reply_to_id) WHERE reply_to_id IS NOT NULL;

ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view messages in their rooms" ON chat_messages
    FOR SELECT USING (EXISTS (
        SELECT 1 FROM chat_rooms r
        WHERE r.id = room_id
          AND ((SELECT auth.uid()) = ANY(r.participants) OR (r.room_type = 'support' AND (SELECT auth.is_admin())))));
CREATE POLICY "Participants send messages as themselves" ON chat_messages
    FOR INSERT WITH CHECK (sender_id = (SELECT auth.uid()) AND EXISTS (
        SELECT 1 FROM chat_rooms r
        WHERE r.id = room_id
          AND ((SELECT auth.uid()) = ANY(r.participants) OR (r.room_type = 'support' AND (SELECT auth.is_admin())))));
-- Edits and soft deletes (sender only) and read receipts (other participants) are told apart by the service.
CREATE POLICY "Participants update messages in their rooms" ON chat_messages
    FOR UPDATE USING (EXISTS (
        SELECT 1 FROM chat_rooms r
        WHERE r.id = room_id
          AND ((SELECT auth.uid()) = ANY(r.participants) OR (r.room_type = 'support' AND (SELECT auth.is_admin())))))
    WITH CHECK (EXISTS (
        SELECT 1 FROM chat_rooms r
        WHERE r.id = room_id
          AND ((SELECT auth.uid()) = ANY(r.participants) OR (r.room_type = 'support' AND (SELECT auth.is_admin())))));
CREATE POLICY "Service manages messages" ON chat_messages
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE TABLE video_call_sessions (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    room_id UUID REFERENCES chat_rooms(id),
    initiator_id UUID NOT NULL,
    participants UUID[] NOT NULL,
    call_type VARCHAR(50) DEFAULT 'video' CHECK (call_type IN ('video', 'audio', 'screen_share')),
    status VARCHAR(50) DEFAULT 'initiated' CHECK (status IN ('initiated', 'ringing', 'active', 'ended', 'failed')),
    duration_seconds INTEGER,
    quality_rating INTEGER CHECK (quality_rating BETWEEN 1 AND 5),
    connection_quality JSONB,
    server_region VARCHAR(50),
    ice_servers_used JSONB,
    started_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    answered_at TIMESTAMP WITH TIME ZONE,
    ended_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_video_calls_initiator ON video_call_sessions(initiator_id);
CREATE INDEX idx_video_calls_participants ON video_call_sessions USING GIN(participants);
CREATE INDEX idx_video_calls_status ON video_call_sessions(status);
CREATE INDEX idx_video_calls_room ON video_call_sessions(room_id);
-- At most one open call per room.
CREATE UNIQUE INDEX uq_video_calls_open_per_room ON video_call_sessions(room_id)
    WHERE status IN ('initiated', 'ringing', 'active');

ALTER TABLE video_call_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own call sessions" ON video_call_sessions
    FOR SELECT USING (initiator_id = (SELECT auth.uid()) OR (SELECT auth.uid()) = ANY(participants));
CREATE POLICY "Participants start calls" ON video_call_sessions
    FOR INSERT WITH CHECK (initiator_id = (SELECT auth.uid()) AND (SELECT auth.uid()) = ANY(participants));
CREATE POLICY "Participants update their calls" ON video_call_sessions
    FOR UPDATE USING (initiator_id = (SELECT auth.uid()) OR (SELECT auth.uid()) = ANY(participants))
    WITH CHECK (initiator_id = (SELECT auth.uid()) OR (SELECT auth.uid()) = ANY(participants));
CREATE POLICY "Service manages calls" ON video_call_sessions
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

-- Addition: each user's read position per room (unread counts without touching every message row).
CREATE TABLE room_reads (
    room_id UUID NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    last_read_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_read_message_id UUID,
    PRIMARY KEY (room_id, user_id)
);
CREATE INDEX idx_room_reads_user ON room_reads(user_id);

ALTER TABLE room_reads ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users manage their own read state" ON room_reads
    FOR ALL USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY "Service manages read state" ON room_reads
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
