//! `-D NAME` / `-D NAME=VALUE` arguments, parsed with nom.

use nom::bytes::complete::{tag, take_while, take_while1};
use nom::combinator::{all_consuming, opt, rest};
use nom::sequence::preceded;
use nom::{IResult, Parser};

fn define(i: &str) -> IResult<&str, (&str, Option<&str>)> {
    let mut ident = take_while1(|c: char| c.is_ascii_alphanumeric() || c == '_');
    let (i, name) = ident.parse(i)?;
    let (i, _) = take_while(|c: char| c == ' ')(i)?;
    let (i, value) = opt(preceded(tag("="), rest)).parse(i)?;
    Ok((i, (name, value)))
}

pub fn parse_define(s: &str) -> Result<(String, Option<String>), String> {
    match all_consuming(define).parse(s) {
        Ok((_, (n, v))) if !n.starts_with(|c: char| c.is_ascii_digit()) => {
            Ok((n.to_string(), v.map(str::to_string)))
        }
        _ => Err(format!("`{s}` is not NAME or NAME=VALUE")),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_define;
    #[test]
    fn forms() {
        assert_eq!(parse_define("X").unwrap(), ("X".into(), None));
        assert_eq!(parse_define("W=8").unwrap(), ("W".into(), Some("8".into())));
        assert_eq!(
            parse_define("W=a b").unwrap(),
            ("W".into(), Some("a b".into()))
        );
        assert!(parse_define("9X").is_err());
        assert!(parse_define("=1").is_err());
        assert!(parse_define("a-b").is_err());
    }
}
