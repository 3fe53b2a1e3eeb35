//! serde support: reply codes as numbers, everything else as its text form.

use crate::{EnhancedStatus, EnhancedStatusCode, Locale, ReplyCode, ReplyStatus};
use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

/// Serializes as the number and deserializes with `TryFrom<u16>`.
macro_rules! via_u16 {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u16(u16::from(ReplyCode::from(*self)))
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                let code = u16::deserialize(deserializer)?;
                <$ty>::try_from(code).map_err(|e| de::Error::custom(format_args!("{e}: {code}")))
            }
        }
    };
}

via_u16!(ReplyCode);
via_u16!(ReplyStatus);

/// Serializes with `Display` and deserializes with `FromStr`, from a borrowed or owned string.
macro_rules! via_str {
    ($ty:ty, $expecting:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                deserializer.deserialize_str(FromStrVisitor::<$ty>(PhantomData, $expecting))
            }
        }
    };
}

via_str!(
    EnhancedStatusCode,
    "an enhanced status code such as \"5.1.1\""
);
via_str!(
    EnhancedStatus,
    "an enhanced status registry entry such as \"X.1.1\""
);
via_str!(Locale, "a locale tag such as \"en\"");

struct FromStrVisitor<T>(PhantomData<T>, &'static str);

impl<T: FromStr> Visitor<'_> for FromStrVisitor<T>
where
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(|e| E::custom(format_args!("{e}: {v:?}")))
    }
}
