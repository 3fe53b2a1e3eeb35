//! Reading the data: one module per file of `data/`, each checking its rows into the
//! [`model`](crate::model), with every problem located at its file, line and column.
//! [`load`](crate::load) runs them in order.

pub(crate) mod codes;
pub(crate) mod locales;
pub(crate) mod providers;
pub(crate) mod reasons;
pub(crate) mod table;
pub(crate) mod ui;
