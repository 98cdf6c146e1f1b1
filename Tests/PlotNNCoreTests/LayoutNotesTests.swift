import Testing

@testable import PlotNNCore

@Suite struct LayoutNotesTests {
  @Test func theSentenceCountsAndJoinsInTheOrderNoted() {
    var notes = LayoutNotes()
    #expect(notes.sentence(size: "200x150") == nil)
    notes.leaveOut(.legend)
    #expect(
      notes.sentence(size: "200x150")
        == "at 200x150 the legend was left out (make the figure larger or the font smaller)")
    notes.leaveOut(.tickLabel)
    notes.leaveOut(.tickLabel)
    notes.leaveOut(.axisName, count: 0)
    #expect(
      notes.sentence(size: "200x150")
        == "at 200x150 the legend and 2 tick labels were left out (make the figure larger or the font smaller)")
    notes.leaveOut(.title)
    #expect(notes.summary == "the legend, 2 tick labels and the title")
  }
}
