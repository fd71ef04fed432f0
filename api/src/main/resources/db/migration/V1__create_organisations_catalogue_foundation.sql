-- Foundation schema: organisations (suppliers, buyers, operator), their depots and services,
-- the product taxonomy, listings and the stock ledger. Later migrations extend it.

CREATE TABLE organisation (
    id               uuid PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('SUPPLIER', 'BUYER', 'OPERATOR')),
    legal_name       text        NOT NULL CHECK (length(legal_name) BETWEEN 2 AND 200),
    siret            char(14)    NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
    legal_form       text,
    -- Suppliers: SIAE_EI, SIAE_ACI, SIAE_AI, SIAE_ETTI, EA, ESAT, ESS, OTHER. Buyers: their public-body type.
    insertion_status text CHECK (insertion_status IN
        ('SIAE_EI', 'SIAE_ACI', 'SIAE_AI', 'SIAE_ETTI', 'EA', 'ESAT', 'ESS', 'OTHER')),
    public_body_type text CHECK (public_body_type IN
        ('COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'HOSPITAL', 'STATE_SERVICE', 'OTHER')),
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED')),
    description      text,
    contact_email    text,
    contact_phone    text,
    departments_served text[]    NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'SUPPLIER') = (insertion_status IS NOT NULL)),
    CHECK ((kind = 'BUYER') = (public_body_type IS NOT NULL))
);

CREATE TABLE depot (
    id              uuid PRIMARY KEY,
    organisation_id uuid    NOT NULL REFERENCES organisation (id),
    name            text    NOT NULL,
    street          text    NOT NULL,
    postcode        char(5) NOT NULL,
    city            text    NOT NULL,
    department      text    NOT NULL CHECK (department ~ '^(2A|2B|[0-9]{2,3})$'),
    latitude        numeric(9, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude       numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);
CREATE INDEX depot_organisation_idx ON depot (organisation_id);

CREATE TABLE buyer_service (
    id                        uuid PRIMARY KEY,
    organisation_id           uuid    NOT NULL REFERENCES organisation (id),
    name                      text    NOT NULL,
    chorus_service_code       text,
    street                    text    NOT NULL,
    postcode                  char(5) NOT NULL,
    city                      text    NOT NULL,
    department                text    NOT NULL,
    latitude                  numeric(9, 6) NOT NULL,
    longitude                 numeric(9, 6) NOT NULL,
    approval_threshold_cents  bigint  NOT NULL DEFAULT 0 CHECK (approval_threshold_cents >= 0)
);
CREATE INDEX buyer_service_organisation_idx ON buyer_service (organisation_id);

-- The taxonomy: every leaf maps to one of the 17 AGEC product categories
-- (decree 2024-134, declaration schema v0.1.0), a CPV code, and optionally an ADEME reference product.
CREATE TABLE category (
    id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
    parent_id      text REFERENCES category (id),
    label_fr       text NOT NULL,
    label_en       text NOT NULL,
    agec_category  text,
    cpv_code       text,
    ademe_slug     text,
    position       int  NOT NULL DEFAULT 0
);
CREATE INDEX category_parent_idx ON category (parent_id);

CREATE TABLE listing (
    id                    uuid PRIMARY KEY,
    supplier_id           uuid        NOT NULL REFERENCES organisation (id),
    sku                   text        NOT NULL,
    kind                  text        NOT NULL CHECK (kind IN ('UNIQUE_ITEM', 'LOT')),
    title                 text        NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
    description           text        NOT NULL DEFAULT '',
    category_id           text        NOT NULL REFERENCES category (id),
    brand                 text,
    model                 text,
    serial_number         text,
    condition_grade       text        NOT NULL CHECK (condition_grade IN ('COMME_NEUF', 'TRES_BON_ETAT', 'BON_ETAT', 'ETAT_USAGE')),
    origin                text        NOT NULL CHECK (origin IN ('REEMPLOI', 'REUTILISATION', 'RECONDITIONNE')),
    warranty_months       int         NOT NULL DEFAULT 0 CHECK (warranty_months BETWEEN 0 AND 120),
    energy_class          text CHECK (energy_class IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
    weight_grams          int CHECK (weight_grams > 0),
    price_excl_vat_cents  bigint      NOT NULL CHECK (price_excl_vat_cents >= 0),
    vat_rate_bp           int         NOT NULL CHECK (vat_rate_bp IN (0, 550, 1000, 2000)),
    minimum_order_quantity int        NOT NULL DEFAULT 1 CHECK (minimum_order_quantity >= 1),
    depot_id              uuid        NOT NULL REFERENCES depot (id),
    status                text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'SOLD_OUT', 'ARCHIVED')),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (supplier_id, sku)
);
CREATE INDEX listing_category_idx ON listing (category_id);
CREATE INDEX listing_status_idx ON listing (status);

-- Available quantity is the sum of this ledger; rows are never updated or deleted.
CREATE TABLE stock_movement (
    id          bigserial PRIMARY KEY,
    listing_id  uuid        NOT NULL REFERENCES listing (id),
    kind        text        NOT NULL CHECK (kind IN ('RECEIVED', 'ADJUSTED', 'RESERVED', 'RELEASED', 'SOLD')),
    quantity    int         NOT NULL CHECK (quantity <> 0),
    actor       text        NOT NULL,
    reason      text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_movement_listing_idx ON stock_movement (listing_id);
