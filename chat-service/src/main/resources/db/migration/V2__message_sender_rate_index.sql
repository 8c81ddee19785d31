-- The per-sender flood guard reads a sender's newest messages: (sender_id, created_at DESC) answers it
-- from the index with at most `max` entries, whatever the sender's history.
CREATE INDEX idx_chat_messages_sender_created ON chat_messages(sender_id, created_at DESC);
