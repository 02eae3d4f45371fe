//! A small, strict JSON reader for the councils file. serde's derived
//! readers for the councils' types came to about 40 KB of WebAssembly in
//! the engine's chunk; this reader and the conversions in `file_reading`
//! do the same work in a fraction of it. Whole numbers only (the file has
//! no others), and nesting is limited, so a damaged or hostile file is an
//! error, never a crash.

/// A JSON value. Objects keep their keys in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(u64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deeper than any councils file goes.
const MAX_DEPTH: usize = 16;

/// Reads a whole text as one JSON value (spaces around it allowed).
pub fn parse(text: &str) -> Result<Json, String> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_spaces();
    if reader.at != reader.bytes.len() {
        return Err(reader.error("more after the end"));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.at)
    }

    fn skip_spaces(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn next(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn expect_word(&mut self, word: &[u8]) -> Result<(), String> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error("an unknown word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_spaces();
        match self.bytes.get(self.at) {
            None => Err(self.error("the text ends early")),
            Some(b'n') => self.expect_word(b"null").map(|()| Json::Null),
            Some(b't') => self.expect_word(b"true").map(|()| Json::Bool(true)),
            Some(b'f') => self.expect_word(b"false").map(|()| Json::Bool(false)),
            Some(b'"') => self.text().map(Json::Text),
            Some(b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.skip_spaces();
                if self.bytes.get(self.at) == Some(&b']') {
                    self.at += 1;
                    return Ok(Json::List(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_spaces();
                    match self.next() {
                        Some(b',') => {}
                        Some(b']') => return Ok(Json::List(items)),
                        _ => return Err(self.error("a list not closed")),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.skip_spaces();
                if self.bytes.get(self.at) == Some(&b'}') {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                loop {
                    self.skip_spaces();
                    if self.bytes.get(self.at) != Some(&b'"') {
                        return Err(self.error("a name expected"));
                    }
                    let name = self.text()?;
                    if fields.iter().any(|(known, _)| *known == name) {
                        return Err(self.error("a name given twice"));
                    }
                    self.skip_spaces();
                    if self.next() != Some(b':') {
                        return Err(self.error("':' expected"));
                    }
                    fields.push((name, self.value(depth + 1)?));
                    self.skip_spaces();
                    match self.next() {
                        Some(b',') => {}
                        Some(b'}') => return Ok(Json::Object(fields)),
                        _ => return Err(self.error("an object not closed")),
                    }
                }
            }
            Some(_) => Err(self.error("an unexpected character")),
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.bytes.get(self.at).copied() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(digit - b'0')))
                .ok_or_else(|| self.error("a number too large"))?;
            self.at += 1;
        }
        let leading_zero = self.at - start > 1 && self.bytes[start] == b'0';
        if leading_zero || matches!(self.bytes.get(self.at), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("not a whole number"));
        }
        Ok(Json::Number(value))
    }

    /// A string, from its opening quote.
    fn text(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self
                .bytes
                .get(self.at)
                .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so
            // it is whole UTF-8.
            out.push_str(
                std::str::from_utf8(&self.bytes[start..self.at])
                    .map_err(|_| self.error("broken text"))?,
            );
            match self.next() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => {
                    let escaped = match self.next() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.escaped_char()?,
                        _ => return Err(self.error("an unknown escape")),
                    };
                    out.push(escaped);
                }
                _ => return Err(self.error("a text not closed")),
            }
        }
    }

    /// After `\u`: one character, from a surrogate pair if need be.
    fn escaped_char(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                return Err(self.error("half a character"));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("half a character"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("not a character"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self
                .next()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("a bad unicode escape"))?;
            value = value * 16 + digit;
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_writes() {
        let value = serde_json::json!({
            "a": [1, 0, 4294967295u64, true, false, null],
            "b": "quote \" back \\ slash / tab \t line \n é ’ 😀 \u{1}",
            "c": {},
            "d": [],
        });
        let text = serde_json::to_string(&value).unwrap();
        let read = parse(&text).unwrap();
        let Json::Object(fields) = read else {
            panic!("{read:?}")
        };
        assert_eq!(fields[0].0, "a");
        assert_eq!(
            fields[0].1,
            Json::List(vec![
                Json::Number(1),
                Json::Number(0),
                Json::Number(4_294_967_295),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ])
        );
        assert_eq!(
            fields[1].1,
            Json::Text("quote \" back \\ slash / tab \t line \n é ’ 😀 \u{1}".into())
        );
        assert_eq!(fields[2].1, Json::Object(vec![]));
        assert_eq!(fields[3].1, Json::List(vec![]));
        assert_eq!(
            parse(" \"\\u00e9\\ud83d\\ude00\" ").unwrap(),
            Json::Text("é😀".into())
        );
    }

    #[test]
    fn refuses_what_is_not_strict_json() {
        for bad in [
            "",
            "[1,]",
            "[1 2]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1,\"a\":2}",
            "1.5",
            "-1",
            "01",
            "1e3",
            "99999999999999999999",
            "\"open",
            "\"bad \\x escape\"",
            "\"half \\ud83d\"",
            "\"raw\nline\"",
            "tru",
            "[1] 2",
            "'single'",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was read");
        }
        let deep = "[".repeat(40) + &"]".repeat(40);
        assert_eq!(parse(&deep).unwrap_err(), "nested too deeply at byte 17");
    }
}
