"""The store's tables, as DuckDB SQL (PostgreSQL reads it too, bar the list types).

Every table keys on ids derived from content, so writing the same thing twice changes
nothing. Raise ``SCHEMA_VERSION`` and add a migration when a table changes.
"""

from __future__ import annotations

__all__ = ["SCHEMA", "SCHEMA_VERSION", "statements"]

SCHEMA_VERSION = 1

# What an event is, the same in event_mentions and events (events.py copies these from an
# event's first mention): its codes, its actors and its place.
_WHAT = """    cameo_code       VARCHAR NOT NULL,
    cameo_base       VARCHAR,
    cameo_root       VARCHAR,
    cameo_name       VARCHAR,
    quad_class       INTEGER,
    goldstein        DOUBLE,
    plover_type      VARCHAR,
    plover_mode      VARCHAR,
    plover_context   VARCHAR[],
    source_code      VARCHAR,
    source_name      VARCHAR,
    source_country   VARCHAR,
    source_sectors   VARCHAR[],
    source_kind      VARCHAR,
    target_code      VARCHAR,
    target_name      VARCHAR,
    target_country   VARCHAR,
    target_sectors   VARCHAR[],
    target_kind      VARCHAR,
    place_type       INTEGER,              -- GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
    place_name       VARCHAR,
    place_country    VARCHAR,
    place_admin1     VARCHAR,
    place_lat        DOUBLE,
    place_lon        DOUBLE,
    place_feature    VARCHAR,
    place_geonameid  BIGINT,
"""

SCHEMA = f"""

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per distinct text (id = its content hash): coded, failed or a near-duplicate.
CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,
    external_id   VARCHAR,            -- the id the input gave (JSONL "id")
    ref           VARCHAR NOT NULL,   -- where it was read: a path, path:line or path#record
    status        VARCHAR NOT NULL,   -- coded | failed | near-duplicate
    duplicate_of  VARCHAR,            -- for near-duplicates: the original article
    similarity    DOUBLE,             -- estimated Jaccard similarity to the original
    date          DATE,
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,            -- the outlet as the input named it
    outlet        VARCHAR,            -- source, else the URL's host: what num_sources counts
    text          VARCHAR NOT NULL,
    chars         INTEGER NOT NULL,
    num_events    INTEGER NOT NULL DEFAULT 0,
    tone          DOUBLE,
    tone_detail   JSON,
    dateline      JSON,
    meta          JSON,
    minhash       BLOB,
    ingested_at   TIMESTAMP NOT NULL
);

-- The same text seen again under another name (another file, line, URL or feed entry).
CREATE TABLE IF NOT EXISTS exact_duplicates (
    ref          VARCHAR PRIMARY KEY,
    article_id   VARCHAR NOT NULL,
    external_id  VARCHAR,
    url          VARCHAR,
    source       VARCHAR,
    ingested_at  TIMESTAMP NOT NULL
);

-- Every event the coder found in an article (negated and hypothetical ones too).
CREATE TABLE IF NOT EXISTS event_mentions (
    id               VARCHAR PRIMARY KEY,  -- the coder's event id, derived from the article id
    event_id         BIGINT,               -- the aggregated event; NULL when it does not count
    event_key        VARCHAR,
    article_id       VARCHAR NOT NULL,
    position         INTEGER NOT NULL,     -- order of the event in its article
    order_key        VARCHAR NOT NULL,     -- article date, article id, position: picks the first mention
    date             DATE,
    counts           BOOLEAN NOT NULL,
    negated          BOOLEAN NOT NULL,
    modality         VARCHAR,
    historical       BOOLEAN,
    is_root          BOOLEAN NOT NULL,     -- in the article's lead sentence
    sentence_index   INTEGER,
    sentence         VARCHAR,
    verb             VARCHAR,
    rule             VARCHAR,
{_WHAT}    source_start     INTEGER,
    target_start     INTEGER,
    verb_start       INTEGER,
    detail           JSON NOT NULL         -- Event.to_dict(), to rebuild the Event
);

-- One row per event key (date, source, target, CAMEO code, place), GDELT style.
CREATE TABLE IF NOT EXISTS events (
    id               BIGINT PRIMARY KEY,   -- from the event key; GDELT's GLOBALEVENTID
    key              VARCHAR NOT NULL,
    date             DATE,
{_WHAT}    is_root          BOOLEAN NOT NULL,
    num_mentions     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    avg_tone         DOUBLE,
    first_seen       DATE,
    last_seen        DATE,
    first_article    VARCHAR NOT NULL,
    source_url       VARCHAR,
    added            TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    text        VARCHAR,
    code        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    name        VARCHAR,
    start_char  INTEGER,
    end_char    INTEGER,
    kind        VARCHAR,
    sectors     VARCHAR[],
    via         VARCHAR,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS places (
    article_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    text        VARCHAR,
    start_char  INTEGER,
    end_char    INTEGER,
    name        VARCHAR,
    country     VARCHAR,
    admin1      VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    geonameid   BIGINT,
    feature     VARCHAR,
    score       DOUBLE,
    role        VARCHAR,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id      VARCHAR NOT NULL,
    position        INTEGER NOT NULL,
    text            VARCHAR,
    start_char      INTEGER,
    end_char        INTEGER,
    speaker_code    VARCHAR,
    speaker_name    VARCHAR,
    speaker         JSON,
    sentence_index  INTEGER,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS themes (
    article_id  VARCHAR NOT NULL,
    theme       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, theme)
);

-- Dead letters: every item that could not be read or coded, with its coded reason.
CREATE TABLE IF NOT EXISTS errors (
    id           VARCHAR PRIMARY KEY,  -- hash of ref and code
    ref          VARCHAR NOT NULL,
    article_id   VARCHAR,
    code         VARCHAR NOT NULL,
    title        VARCHAR NOT NULL,
    cause        VARCHAR NOT NULL,
    fix          VARCHAR NOT NULL,
    occurred_at  TIMESTAMP NOT NULL
);
"""


def statements() -> list[str]:
    """The schema as single statements, comments dropped."""
    lines = [line.split("--", 1)[0].rstrip() for line in SCHEMA.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
