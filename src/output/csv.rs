//! CSV tables (written later in this session).
