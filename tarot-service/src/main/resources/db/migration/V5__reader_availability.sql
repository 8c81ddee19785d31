-- "An online-or-scheduled reader": the projection knew only `online`, so every active reader counted as
-- scheduled. It now keeps the reader's weekly availability slots ([{day, start, end}], identity's
-- availabilitySchedule) when profile.updated carries them. NULL = never received: the reader is then
-- bookable only while online.
ALTER TABLE readers ADD COLUMN availability_schedule JSONB;
