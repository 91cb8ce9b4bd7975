-- Logins of the web UI. Passwords only as bcrypt hashes; failed_logins and locked_until throttle guessing.
create table catura_webui_user (
    user_id       bigserial primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(200) not null,
    role          varchar(20)  not null check (role in ('CLERK', 'SUPERVISOR', 'ADMIN')),
    password_hash varchar(100) not null,
    active        boolean      not null default true,
    failed_logins int          not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

-- Server-side sessions, in the database so several nodes (and a restarted node) share them.
-- Only the SHA-256 of the cookie's token is stored: a leaked table hands out no sessions.
create table catura_webui_session (
    token_hash  varchar(64)  primary key,
    user_id     bigint       not null references catura_webui_user (user_id) on delete cascade,
    csrf_token  varchar(64)  not null,
    flash       text,
    created_at  timestamptz  not null default now(),
    last_seen   timestamptz  not null default now(),
    expires_at  timestamptz  not null
);
create index catura_webui_session_expires on catura_webui_session (expires_at);
