"""What the book says about itself: the monthly report numbers, grading and customer health."""
