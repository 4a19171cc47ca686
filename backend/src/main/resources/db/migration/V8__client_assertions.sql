-- Partner systems may sign in with a JWT signed by their own private key (private_key_jwt) instead
-- of a shared secret: the public key they registered, and the assertion ids already used (no replays).

alter table api_client add column public_jwk text;

create table client_assertion_jti (
    client_id   text not null,
    jti         text not null,
    expires_at  timestamptz not null,
    primary key (client_id, jti)
);
create index client_assertion_jti_expiry on client_assertion_jti (expires_at);
