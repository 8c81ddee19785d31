-- identity-service owns users, user_profiles and system_configuration of the seed (database-schema.md).
-- Deliberate change (DESIGN §2): the seed's admin policies query users from inside a users policy,
-- which recurses forever in PostgreSQL; role checks read the verified claim through auth.* instead.

CREATE TABLE users (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    email VARCHAR(255) UNIQUE NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    full_name VARCHAR(255) NOT NULL,
    role VARCHAR(50) DEFAULT 'client' CHECK (role IN ('client', 'reader', 'admin', 'monitor', 'super_admin')),
    is_active BOOLEAN DEFAULT true,
    email_verified BOOLEAN DEFAULT false,
    phone_number VARCHAR(20),
    date_of_birth DATE,
    timezone VARCHAR(50) DEFAULT 'UTC',
    profile_image_url TEXT,
    bio TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    last_login TIMESTAMP WITH TIME ZONE,
    login_count INTEGER DEFAULT 0,
    metadata JSONB DEFAULT '{}',
    preferences JSONB DEFAULT '{}',
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT check_email_format CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$')
);

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own profile" ON users
    FOR SELECT USING (id = (SELECT auth.uid()));
CREATE POLICY "Admins can view all users" ON users
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Users can update own row" ON users
    FOR UPDATE USING (id = (SELECT auth.uid())) WITH CHECK (id = (SELECT auth.uid()));
CREATE POLICY "Admins can update users" ON users
    FOR UPDATE USING ((SELECT auth.is_admin())) WITH CHECK ((SELECT auth.is_admin()));
-- Registration, login bookkeeping and token work run as the service itself.
CREATE POLICY "Service manages users" ON users
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_role ON users(role);
CREATE INDEX idx_users_active ON users(is_active);
CREATE INDEX idx_users_created_at ON users(created_at);
CREATE INDEX idx_users_active_email ON users(email) WHERE is_active = true;
CREATE INDEX idx_users_metadata ON users USING GIN(metadata);

CREATE TRIGGER update_users_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TABLE user_profiles (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID REFERENCES users(id) ON DELETE CASCADE,
    profile_type VARCHAR(50) NOT NULL,
    specializations TEXT[],
    experience_years INTEGER,
    reading_rate DECIMAL(10,2),
    availability_schedule JSONB,
    certifications TEXT[],
    languages TEXT[] DEFAULT ARRAY['en'],
    birth_chart_data JSONB,
    preferred_readers UUID[],
    reading_history_count INTEGER DEFAULT 0,
    admin_permissions TEXT[],
    department VARCHAR(100),
    social_links JSONB DEFAULT '{}',
    notification_preferences JSONB DEFAULT '{}',
    privacy_settings JSONB DEFAULT '{}',
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT uq_user_profiles_user UNIQUE (user_id)
);

ALTER TABLE user_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can manage own profile" ON user_profiles
    FOR ALL USING (user_id = (SELECT auth.uid()) OR (SELECT auth.is_admin()))
    WITH CHECK (user_id = (SELECT auth.uid()) OR (SELECT auth.is_admin()));
CREATE POLICY "Service manages profiles" ON user_profiles
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_user_profiles_user_id ON user_profiles(user_id);
CREATE INDEX idx_user_profiles_type ON user_profiles(profile_type);
CREATE INDEX idx_user_profiles_preferences ON user_profiles USING GIN(notification_preferences);

CREATE TRIGGER update_user_profiles_updated_at
    BEFORE UPDATE ON user_profiles
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TABLE system_configuration (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    config_key VARCHAR(255) UNIQUE NOT NULL,
    config_value TEXT,
    value_type VARCHAR(50) DEFAULT 'string',
    description TEXT,
    is_sensitive BOOLEAN DEFAULT false,
    required_role VARCHAR(50) DEFAULT 'super_admin',
    validation_rules JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_by UUID REFERENCES users(id)
);

ALTER TABLE system_configuration ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Super admins can manage configuration" ON system_configuration
    FOR ALL USING ((SELECT auth.role()) = 'super_admin') WITH CHECK ((SELECT auth.role()) = 'super_admin');
-- Admins read configuration (sensitive values are masked by the service unless the caller is super_admin).
CREATE POLICY "Admins can read configuration" ON system_configuration
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service reads configuration" ON system_configuration
    FOR SELECT USING ((SELECT auth.is_service()));

CREATE INDEX idx_system_config_key ON system_configuration(config_key);

CREATE TRIGGER update_system_configuration_updated_at
    BEFORE UPDATE ON system_configuration
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();
