-- Append-only tables refuse UPDATE, DELETE and TRUNCATE with a trigger on this function, so that
-- history cannot be rewritten by the application, a script or a person with a SQL prompt.
/* [jooq ignore start] */
CREATE FUNCTION refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
/* [jooq ignore stop] */
