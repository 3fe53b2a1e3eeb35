//! Errors that point at the exact place in a data file.

use std::fmt;

/// One problem in a data file: where it is and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The data file, as given in [`crate::Source::name`] (e.g. `data/codes.csv`).
    pub file: String,
    /// 1-based line in the file; 0 when the problem concerns the whole file.
    pub line: u64,
    /// 1-based CSV column (field number); 0 when the problem concerns the whole row or file.
    pub column: usize,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Every problem found in one run, in file order. Generation stops when there is at least one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    pub(crate) fn push(
        &mut self,
        file: &str,
        line: u64,
        column: usize,
        message: impl Into<String>,
    ) {
        self.0.push(Error {
            file: file.to_owned(),
            line,
            column,
            message: message.into(),
        });
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when no error was recorded, otherwise all of them.
    pub(crate) fn into_result<T>(self, value: T) -> Result<T, Errors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}
