-- The seed's shared trigger function, owned by the platform and callable by every service.
CREATE OR REPLACE FUNCTION public.update_updated_at_column()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$;

GRANT EXECUTE ON FUNCTION public.update_updated_at_column() TO PUBLIC;
