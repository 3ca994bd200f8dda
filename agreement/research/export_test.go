package research

// CaseCodec is the case decoder, exported for the differential fuzz test.
var CaseCodec = caseCodec

// ReadRecord reads the next case as Read did before it had a quick path:
// every field of a CSV record made a string and parsed as one.
func (cr *CaseReader) ReadRecord() (Case, error) {
	if cr.csv == nil {
		return cr.readLine()
	}
	if err := cr.csv.Next(); err != nil {
		return Case{}, err
	}
	return cr.record()
}
