-- Second wall under the service code (DESIGN §2, OWASP API3 mass assignment): RLS decides which rows a
-- caller may touch, this trigger decides which columns. Credentials and account bookkeeping change only
-- through identity-service itself (service claim); role and activation only through admins; granting or
-- taking away admin/super_admin only through a super_admin. Role checks read the verified claim.
CREATE OR REPLACE FUNCTION guard_user_columns() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  caller_role text := (SELECT auth.role());
BEGIN
  IF caller_role = 'service' THEN
    RETURN NEW;
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
     OR NEW.email IS DISTINCT FROM OLD.email
     OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.email_verified IS DISTINCT FROM OLD.email_verified
     OR NEW.created_at IS DISTINCT FROM OLD.created_at
     OR NEW.last_login IS DISTINCT FROM OLD.last_login
     OR NEW.login_count IS DISTINCT FROM OLD.login_count
     OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
    RAISE EXCEPTION 'credentials and account bookkeeping change only through identity-service'
      USING ERRCODE = '42501';
  END IF;
  IF (NEW.role IS DISTINCT FROM OLD.role OR NEW.is_active IS DISTINCT FROM OLD.is_active)
     AND NOT coalesce(caller_role IN ('admin', 'super_admin'), false) THEN
    RAISE EXCEPTION 'only administrators change roles and activation' USING ERRCODE = '42501';
  END IF;
  IF NEW.role IS DISTINCT FROM OLD.role
     AND (NEW.role IN ('admin', 'super_admin') OR OLD.role IN ('admin', 'super_admin'))
     AND caller_role IS DISTINCT FROM 'super_admin' THEN
    RAISE EXCEPTION 'only a super_admin grants or removes administrator roles' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER guard_user_columns
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION guard_user_columns();

-- Reader directory: live status and rating figures (fed by tarot's reading.rated events).
ALTER TABLE user_profiles
    ADD COLUMN is_online BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN rating_count INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN rating_sum INTEGER NOT NULL DEFAULT 0,
    ADD CONSTRAINT check_reading_rate_non_negative CHECK (reading_rate IS NULL OR reading_rate >= 0),
    ADD CONSTRAINT check_experience_years CHECK (experience_years IS NULL OR experience_years BETWEEN 0 AND 100),
    ADD CONSTRAINT check_rating_figures CHECK (rating_count >= 0 AND rating_sum BETWEEN rating_count AND rating_count * 5);

CREATE INDEX idx_user_profiles_online ON user_profiles(profile_type, is_online);
CREATE INDEX idx_user_profiles_specializations ON user_profiles USING GIN(specializations);
CREATE INDEX idx_user_profiles_languages ON user_profiles USING GIN(languages);

-- Rating figures, reading counts and the profile type are derived data: users never write them.
CREATE OR REPLACE FUNCTION guard_profile_columns() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF (SELECT auth.role()) = 'service' THEN
    RETURN NEW;
  END IF;
  IF NEW.user_id IS DISTINCT FROM OLD.user_id
     OR NEW.profile_type IS DISTINCT FROM OLD.profile_type
     OR NEW.rating_count IS DISTINCT FROM OLD.rating_count
     OR NEW.rating_sum IS DISTINCT FROM OLD.rating_sum
     OR NEW.reading_history_count IS DISTINCT FROM OLD.reading_history_count THEN
    RAISE EXCEPTION 'derived profile fields change only through identity-service' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER guard_profile_columns
    BEFORE UPDATE ON user_profiles
    FOR EACH ROW EXECUTE FUNCTION guard_profile_columns();

-- One row per rated reading: a redelivered or duplicated reading.rated never counts twice.
CREATE TABLE reader_ratings (
    reading_id UUID PRIMARY KEY,
    reader_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id UUID,
    rating SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    event_id UUID NOT NULL,
    rated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_reader_ratings_reader ON reader_ratings(reader_id);

ALTER TABLE reader_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Readers see their own ratings" ON reader_ratings
    FOR SELECT USING (reader_id = (SELECT auth.uid()) OR (SELECT auth.is_admin()));
CREATE POLICY "Service manages ratings" ON reader_ratings
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

-- The directory sorts by rating: derived once per write rather than per row read.
ALTER TABLE user_profiles
    ADD COLUMN rating_average NUMERIC(3,2) GENERATED ALWAYS AS
        (CASE WHEN rating_count = 0 THEN NULL ELSE round(rating_sum::numeric / rating_count, 2) END) STORED;
