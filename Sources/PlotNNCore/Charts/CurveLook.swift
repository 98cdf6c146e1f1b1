import Foundation

/// How one curve is drawn where its author says so: colour, dash pattern, width, marker.
/// Each is optional; what is not given comes from the chart's ``Style``
/// (``LineChart/stroke(of:)``).
///
/// Decision: a dash pattern is given in **line widths**, on and off in turn, drawn with butt
/// caps, as matplotlib draws `dashes` with its default `lines.scale_dashes`: `[4, 2]` is a
/// dash of 4 widths and a gap of 2 at any width, so a pattern keeps its look when a style
/// makes lines thinner or thicker, and `[1, 1]` is square dots rather than a solid line (in
/// points, with round caps, a 1-point gap closes up under a 2.2-point line). `[]` is solid.
public struct CurveLook: Sendable, Hashable {
  public var color: Color?
  /// On and off lengths in line widths; `[]` solid; nil the style's pattern.
  public var dash: [Double]?
  /// Line width in points.
  public var width: Double?
  public var marker: CurveMarker?

  public init(color: Color? = nil, dash: [Double]? = nil, width: Double? = nil, marker: CurveMarker? = nil) {
    self.color = color
    self.dash = dash
    self.width = width
    self.marker = marker
  }

  /// This look with every field it leaves open taken from `other`.
  public func over(_ other: CurveLook) -> CurveLook {
    CurveLook(
      color: color ?? other.color, dash: dash ?? other.dash, width: width ?? other.width,
      marker: marker ?? other.marker)
  }

  /// Thinnest and thickest line a curve may have, in points.
  public static let widths = 0.1...20.0
  /// Most numbers in a dash pattern, and the longest dash or gap (in line widths).
  public static let maximumDashNumbers = 16
  public static let maximumDashLength = 100.0

  /// What is wrong with `width` as a line width (nil when nothing): the one rule for the
  /// library, the manifest and the command line.
  public static func widthProblem(_ width: Double) -> String? {
    guard width.isFinite, widths.contains(width) else {
      let (lo, hi) = (widths.lowerBound.shortDescription, widths.upperBound.shortDescription)
      return "must be a number from \(lo) to \(hi) points (got \(width.shortDescription))"
    }
    return nil
  }

  /// What is wrong with `dash` as a dash pattern (nil when nothing).
  public static func dashProblem(_ dash: [Double]) -> String? {
    guard dash.count <= maximumDashNumbers else {
      return "may hold at most \(maximumDashNumbers) lengths (got \(dash.count))"
    }
    guard dash.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= maximumDashLength }),
      dash.isEmpty || dash.contains(where: { $0 > 0 })
    else {
      let shown = dash.map(\.shortDescription).joined(separator: " ")
      return "must be lengths from 0 to \(maximumDashLength.shortDescription) line widths, not all 0, "
        + "such as 4 2 (got \(shown))"
    }
    return nil
  }

  /// `solid`, or lengths separated by spaces (`4 2`, `6 2 1 2`), as the command line and the
  /// manifest write a dash pattern; nil for anything else.
  public static func dash(text: String) -> [Double]? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.lowercased() == "solid" { return [] }
    let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard !parts.isEmpty else { return nil }
    var out: [Double] = []
    for part in parts {
      guard let v = Double(part) else { return nil }
      out.append(v)
    }
    return out
  }
}

extension CurveLook {
  /// What a colour must look like, for messages.
  public static let colorExpectation = "must be #RRGGBB, #RGB, #RRGGBBAA or #RRGGBB/opacity, such as #0072B2"
  /// What a dash pattern must look like, for messages.
  public static let dashExpectation = "must be solid or lengths in line widths separated by spaces, such as 4 2"
}
