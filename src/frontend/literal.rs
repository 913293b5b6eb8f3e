//! Verilog number literals (`8'hFF`, `4'b10x1`, `'d3`, `'0`, `42`, `3'sd5`) parsed with nom.

use crate::ir::Tv;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{char, digit1, one_of};
use nom::combinator::{all_consuming, opt};
use nom::{IResult, Parser};
use num_bigint::BigUint;

/// Parse a literal written without white space. Unsized literals are 32 bits (or wider if their
/// digits need it), as the standard says; unsized decimal literals are signed.
pub fn parse_literal(text: &str) -> Result<Tv, String> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let parsed = all_consuming(literal).parse(cleaned.as_str());
    match parsed {
        Ok((_, v)) => v,
        Err(_) => Err(format!("cannot read number literal `{text}`")),
    }
}

fn literal(i: &str) -> IResult<&str, Result<Tv, String>> {
    alt((unbased_unsized, based, plain_decimal)).parse(i)
}

fn unbased_unsized(i: &str) -> IResult<&str, Result<Tv, String>> {
    let (i, _) = char('\'')(i)?;
    let (i, c) = one_of("01xXzZ")(i)?;
    // Width comes from context; 1 bit is extended by the evaluator's resize rules for '0 / 'x only.
    let v = match c {
        '0' => Tv::from_u64(1, 0),
        '1' => Tv::from_u64(1, 1),
        _ => Tv::unknown(1),
    };
    Ok((i, Ok(v)))
}

fn plain_decimal(i: &str) -> IResult<&str, Result<Tv, String>> {
    let (i, d) = digit1(i)?;
    let v = BigUint::parse_bytes(d.as_bytes(), 10).unwrap_or_default();
    let width = (v.bits() as u32 + 1).max(32);
    Ok((i, Ok(Tv::known(width, v).signed(true))))
}

fn based(i: &str) -> IResult<&str, Result<Tv, String>> {
    let (i, size) = opt(digit1).parse(i)?;
    let (i, _) = char('\'')(i)?;
    let (i, signed) = opt(one_of("sS")).parse(i)?;
    let (i, base) = alt((
        tag("b"),
        tag("B"),
        tag("o"),
        tag("O"),
        tag("d"),
        tag("D"),
        tag("h"),
        tag("H"),
    ))
    .parse(i)?;
    let (i, digits) = take_while1(|c: char| c.is_ascii_hexdigit() || "xXzZ?".contains(c))(i)?;
    let size = match size {
        Some(s) => match s.parse::<u32>() {
            Ok(0) => return Ok((i, Err("a sized literal cannot have width 0".into()))),
            Ok(n) if n <= Tv::MAX_WIDTH => Some(n),
            _ => return Ok((i, Err(format!("literal width {s} is too large")))),
        },
        None => None,
    };
    let radix_bits = match base.to_ascii_lowercase().as_str() {
        "b" => 1,
        "o" => 3,
        "h" => 4,
        _ => 0,
    };
    let v = if radix_bits == 0 {
        decimal_digits(digits, size)
    } else {
        power_of_two_digits(digits, radix_bits, size)
    };
    Ok((i, v.map(|v| v.signed(signed.is_some()))))
}

fn decimal_digits(digits: &str, size: Option<u32>) -> Result<Tv, String> {
    if digits.chars().all(|c| "xXzZ?".contains(c)) {
        return Ok(Tv::unknown(size.unwrap_or(32)));
    }
    let v = BigUint::parse_bytes(digits.as_bytes(), 10)
        .ok_or_else(|| format!("bad decimal digits `{digits}`"))?;
    let width = size.unwrap_or_else(|| (v.bits() as u32).max(32));
    Ok(Tv::known(width, v))
}

fn power_of_two_digits(digits: &str, radix_bits: u32, size: Option<u32>) -> Result<Tv, String> {
    let mut val = BigUint::default();
    let mut xm = BigUint::default();
    let digit_mask = BigUint::from((1u32 << radix_bits) - 1);
    for c in digits.chars() {
        val <<= radix_bits as usize;
        xm <<= radix_bits as usize;
        if "xXzZ?".contains(c) {
            xm |= &digit_mask;
            continue;
        }
        let d = c
            .to_digit(1 << radix_bits)
            .ok_or_else(|| format!("digit `{c}` is not valid in this base"))?;
        val |= BigUint::from(d);
    }
    let natural = (digits.len() as u32).saturating_mul(radix_bits);
    let width = size.unwrap_or(natural.max(32));
    // Verilog extends a leading x/z digit to fill the declared width.
    let top_is_x = digits.starts_with(['x', 'X', 'z', 'Z', '?']);
    if top_is_x && width > natural {
        let ext = ((BigUint::from(1u8) << width as usize) - 1u8)
            ^ ((BigUint::from(1u8) << natural as usize) - 1u8);
        xm |= ext;
    }
    Ok(Tv::with_mask(width, val, xm))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sized_and_based() {
        assert_eq!(parse_literal("8'hFF").unwrap().to_u64(), Some(255));
        assert_eq!(parse_literal("8'hFF").unwrap().width(), 8);
        assert_eq!(parse_literal("5'd16").unwrap().to_u64(), Some(16));
        assert_eq!(parse_literal("'d3").unwrap().width(), 32);
        assert_eq!(parse_literal("42").unwrap().to_u64(), Some(42));
        assert!(parse_literal("42").unwrap().signed);
        assert_eq!(parse_literal("3'sd5").unwrap().to_u64(), Some(5));
        assert_eq!(parse_literal("16'h_00_ff").unwrap().to_u64(), Some(255));
    }

    #[test]
    fn unknown_bits() {
        let v = parse_literal("4'b10x1").unwrap();
        assert_eq!(v.get_bit(0), Some(true));
        assert_eq!(v.get_bit(1), None);
        assert_eq!(v.get_bit(3), Some(true));
        assert!(parse_literal("8'bx").unwrap().is_fully_unknown());
        assert!(parse_literal("'bx").unwrap().is_fully_unknown());
    }

    #[test]
    fn truncates_to_size() {
        assert_eq!(parse_literal("4'hFF").unwrap().to_u64(), Some(15));
    }

    #[test]
    fn rejects_garbage() {
        assert!(parse_literal("8'q12").is_err());
        assert!(parse_literal("0'd1").is_err());
        assert!(parse_literal("99999999999'd1").is_err());
        assert!(parse_literal("4'b102").is_err());
    }
}
