import Foundation
import Testing

@testable import PlotNNCore

/// The grid scan of ``ContourLabelPlacer``, the fallback when no ring position around a
/// label's anchor is free: bounded by a window around the anchor on a large panel, the
/// whole panel on a small one.
@Suite struct ContourLabelPlacerTests {
  /// Horizontal path segments every 8 points over `bounds`, broken around `pockets`, so the
  /// only free places for a label are the pockets.
  static func hatching(_ bounds: Rect, pockets: [Rect]) -> [(Point, Point)] {
    var segments: [(Point, Point)] = []
    var y = bounds.minY + 4
    while y < bounds.maxY {
      var x = bounds.minX
      for pocket in pockets.sorted(by: { $0.minX < $1.minX }) where pocket.minY <= y && y <= pocket.maxY {
        segments.append((Point(x, y), Point(pocket.minX, y)))
        x = pocket.maxX
      }
      segments.append((Point(x, y), Point(bounds.maxX, y)))
      y += 8
    }
    return segments
  }

  /// On the 2800 × 5600 point panel of `plotnn descent --size 5792x5792` the scan visits
  /// the boxes of its window only (a few thousand), not the 440 000 of the whole panel,
  /// which took 2.8 s with a 100 000-step path.
  @Test func aScanOnALargePanelStaysInItsWindow() {
    let bounds = Rect(x: 2960, y: 110, width: 2800, height: 5600)
    let placer = ContourLabelPlacer(bounds: bounds, path: [], discs: [], contours: [])
    let (w, h) = (36.0, 17.4)
    let reach = 7 + ContourLabelPlacer.scanReach
    let anchor = Point(4000, 3000)
    let window = Rect(x: anchor.x - reach - w, y: anchor.y - reach - h, width: 2 * (reach + w), height: 2 * (reach + h))
    let corners = placer.scanGrid(width: w, height: h, window: window)
    let step = max(6, min(w, h) / 2)
    let bound = ((window.width / step).rounded(.up) + 1) * ((window.height / step).rounded(.up) + 1)
    #expect(!corners.isEmpty && Double(corners.count) <= bound, "\(corners.count) boxes, bound \(bound)")
    #expect(corners.count < 5000)
    #expect(corners.allSatisfy { window.contains($0) && window.contains(Point($0.x + w, $0.y + h)) })
  }

  /// A panel smaller than the window is scanned whole: every grid box that fits is visited,
  /// from the plot's corner (inset by the clearance) in steps of half the box's smaller side.
  @Test func aSmallPanelIsScannedWhole() {
    let bounds = Rect(x: 40, y: 30, width: 250, height: 300)
    let placer = ContourLabelPlacer(bounds: bounds, path: [], discs: [], contours: [])
    let (w, h) = (36.0, 17.4)
    let reach = 7 + ContourLabelPlacer.scanReach
    let anchor = Point(150, 200)
    let window = Rect(x: anchor.x - reach - w, y: anchor.y - reach - h, width: 2 * (reach + w), height: 2 * (reach + h))
    let corners = placer.scanGrid(width: w, height: h, window: window)
    let (step, c) = (8.7, ContourLabelPlacer.clearance)
    let columns = Int(((bounds.width - 2 * c - w) / step).rounded(.down)) + 1
    let rows = Int(((bounds.height - 2 * c - h) / step).rounded(.down)) + 1
    #expect(corners.count == columns * rows)
    #expect(corners.first == Point(bounds.minX + c, bounds.minY + c))
  }

  /// With the rings around the anchor blocked (a hatched panel with a corridor down from
  /// the anchor, too narrow for the label), a room at the corridor's end within reach is
  /// found, on a leader down the corridor; a room only further off is not: the label is
  /// left out rather than hung on a leader across the panel.
  @Test func aRoomWithinReachIsFoundOneBeyondIsNot() throws {
    let bounds = Rect(x: 0, y: 0, width: 2000, height: 2000)
    let anchor = Point(1000, 1000)
    for (depth, found) in [(120.0, true), (400, false)] {
      let corridor = Rect(x: 990, y: 1000, width: 35, height: depth)
      let room = Rect(x: 1010, y: 1000 + depth, width: 80, height: 40)
      var placer = ContourLabelPlacer(
        bounds: bounds, path: Self.hatching(bounds, pockets: [corridor, room]), discs: [], contours: [])
      let placement = placer.place(width: 36, height: 17.4, near: anchor, radius: 7)
      #expect((placement != nil) == found, "room \(depth) below: \(String(describing: placement))")
      if let placement { #expect(room.contains(Point(placement.box.midX, placement.box.midY))) }
    }
  }
}
